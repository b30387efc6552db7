package org.tdah.assistant.application.sms.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.sms.ChannelExchange;
import org.tdah.assistant.application.sms.port.ChannelLogs.ChannelLogEntry;

/** What every implementation of {@link ChannelLogs} must do: every exchange is kept and read newest first, in pages. */
public abstract class ChannelLogsContract {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00.123456Z");

    private ChannelLogs logs;

    /** The channel log under test, emptied of every earlier test's exchanges. */
    protected abstract ChannelLogs newChannelLogs();

    @BeforeEach
    void setUpLogs() {
        logs = newChannelLogs();
    }

    private static ChannelExchange sending(int n) {
        return new ChannelExchange(AT.plusSeconds(n), ChannelExchange.Direction.OUTGOING, "POST",
                "https://api.twilio.com/2010-04-01/Accounts/AC123/Messages.json", 201, "To=+33•••78&From=+14155550123",
                "{\"sid\":\"SM" + n + "\",\"status\":\"queued\"}", Duration.ofMillis(120 + n), Optional.of("SM" + n),
                Optional.empty());
    }

    private static List<ChannelExchange> exchangesOf(List<ChannelLogEntry> entries) {
        return entries.stream().map(ChannelLogEntry::exchange).toList();
    }

    @Test
    void an_empty_log_has_no_page() {
        assertThat(logs.newest(10, Optional.empty())).isEmpty();
    }

    @Test
    void an_exchange_comes_back_field_for_field() {
        ChannelExchange sent = sending(1);
        ChannelExchange unreachable = new ChannelExchange(AT, ChannelExchange.Direction.OUTGOING, "GET",
                "https://api.twilio.com/2010-04-01/Accounts/AC123/Messages/SM9.json", 0, "", "",
                Duration.ofSeconds(10).plusNanos(1), Optional.empty(), Optional.of("java.net.ConnectException"));
        ChannelExchange webhook = new ChannelExchange(AT.plusNanos(3_000), ChannelExchange.Direction.INCOMING, "POST",
                "https://sms.example.org/sms?x=1", 200, "MessageSid=SM7&From=+33•••78&Body=[redacted]",
                "<Response/>", Duration.ofMillis(4), Optional.of("SM7"), Optional.empty());

        logs.record(sent);
        logs.record(unreachable);
        logs.record(webhook);

        assertThat(exchangesOf(logs.newest(10, Optional.empty()))).containsExactly(webhook, unreachable, sent);
    }

    @Test
    void the_log_is_read_newest_first_one_page_after_another() {
        List<ChannelExchange> recorded = new ArrayList<>();
        for (int n = 1; n <= 5; n++) {
            recorded.add(sending(n));
            logs.record(sending(n));
        }

        List<ChannelLogEntry> first = logs.newest(2, Optional.empty());
        List<ChannelLogEntry> second = logs.newest(2, Optional.of(new ChannelLogEntry.Position(first.get(1).id())));
        List<ChannelLogEntry> third = logs.newest(2, Optional.of(new ChannelLogEntry.Position(second.get(1).id())));

        assertThat(exchangesOf(first)).containsExactly(recorded.get(4), recorded.get(3));
        assertThat(exchangesOf(second)).containsExactly(recorded.get(2), recorded.get(1));
        assertThat(exchangesOf(third)).containsExactly(recorded.get(0));
        assertThat(first.get(0).id()).isGreaterThan(first.get(1).id());
        assertThat(logs.newest(2, Optional.of(new ChannelLogEntry.Position(third.get(0).id())))).isEmpty();
    }

    @Test
    void a_new_exchange_goes_on_top_of_the_log() {
        logs.record(sending(1));
        ChannelLogEntry top = logs.newest(1, Optional.empty()).get(0);

        logs.record(sending(2));

        assertThat(logs.newest(1, Optional.empty())).extracting(ChannelLogEntry::exchange).containsExactly(sending(2));
        assertThat(logs.newest(1, Optional.of(new ChannelLogEntry.Position(logs.newest(1, Optional.empty()).get(0).id()))))
                .containsExactly(top);
    }
}
