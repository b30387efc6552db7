package org.tdah.assistant.application.sms.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import org.tdah.assistant.application.sms.ChannelExchange;
import org.tdah.assistant.application.sms.WebhookCall;
import org.tdah.assistant.application.sms.port.ChannelLogs;

/**
 * Keeps each webhook call of the provider in the channel log: which parameters came (names only
 * for the body, numbers masked), how we answered and how long it took. Never the signature, never
 * the body.
 */
public final class IncomingLog {
    private final ChannelLogs logs;
    private final Clock clock;

    public IncomingLog(ChannelLogs logs, Clock clock) {
        this.logs = logs;
        this.clock = clock;
    }

    public void record(WebhookCall call, Instant started, int status, Optional<String> error) {
        Instant now = clock.instant();
        logs.record(new ChannelExchange(started, ChannelExchange.Direction.INCOMING, "POST", path(call.url()), status,
                redacted(call), "", Duration.between(started, now), call.parameter("MessageSid"), error));
    }

    private static String path(String url) {
        int query = url.indexOf('?');
        return query < 0 ? url : url.substring(0, query);
    }

    private static String redacted(WebhookCall call) {
        StringBuilder kept = new StringBuilder();
        call.parameters().entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            if (kept.length() > 0) {
                kept.append('&');
            }
            kept.append(entry.getKey()).append('=').append(shown(entry.getKey(), entry.getValue()));
        });
        return kept.length() > 4_000 ? kept.substring(0, 4_000) : kept.toString();
    }

    private static String shown(String name, String value) {
        if (name.equals("Body")) {
            return "[redacted, " + value.length() + " characters]";
        }
        if (name.equals("From") || name.equals("To")) {
            return value.length() <= 4 ? "•••" : "•••" + value.substring(value.length() - 4);
        }
        if (name.startsWith("From") || name.startsWith("To")) {
            return "[redacted]"; // FromCity, ToZip...: where a person is
        }
        return value;
    }
}
