package org.tdah.assistant.application.sms.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.sms.DeliveryStatus;
import org.tdah.assistant.application.sms.MessagePrice;
import org.tdah.assistant.application.sms.UsageLine;
import org.tdah.assistant.application.sms.UsageQuery;
import org.tdah.assistant.application.sms.UsageRecord;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.domain.sms.SmsDirection;
import org.tdah.assistant.domain.sms.UsagePeriod.Granularity;

/**
 * What every implementation of {@link SmsUsage} must do: one row per provider id, a final status
 * never undone by a late one, the provider's price replacing the estimate, and the usage added up
 * by UTC day or month, costs kept to six decimals.
 */
public abstract class SmsUsageContract {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00.123456Z");
    private static final Instant DECEMBER = Instant.parse("2026-12-01T00:00:00Z");
    private static final PhoneNumber OURS = new PhoneNumber("+14155550123");
    private static final PhoneNumber OTHER_OF_OURS = new PhoneNumber("+14155550124");
    private static final BigDecimal ONE_SEGMENT = new BigDecimal("0.007900");

    private final OrderedIds ids = new OrderedIds();
    private SmsUsage usage;
    private AccountId lea;
    private AccountId sam;

    /** The usage log under test, emptied of every earlier test's. */
    protected abstract SmsUsage newUsage();

    /** An account usage may belong to; adapters whose store checks that accounts exist create one. */
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @BeforeEach
    void setUpUsage() {
        usage = newUsage();
        lea = anAccount();
        sam = anAccount();
    }

    private UsageRecord text(Optional<AccountId> person, PhoneNumber ours, SmsDirection direction, int segments,
            String cost, String currency, boolean estimated, Instant at) {
        return new UsageRecord(ids.next(), person, ours, direction, "SM" + UUID.randomUUID().toString().replace("-", ""),
                segments, new BigDecimal(cost), currency, estimated,
                direction == SmsDirection.INBOUND ? DeliveryStatus.RECEIVED : DeliveryStatus.QUEUED, Optional.empty(), at);
    }

    private UsageRecord recorded(AccountId person, PhoneNumber ours, SmsDirection direction, int segments, String cost,
            boolean estimated, Instant at) {
        return recorded(text(Optional.ofNullable(person), ours, direction, segments, cost, "USD", estimated, at));
    }

    private UsageRecord recorded(UsageRecord record) {
        assertThat(usage.record(record)).isTrue();
        return record;
    }

    private UsageRecord outgoing(Instant at) {
        return recorded(lea, OURS, SmsDirection.OUTBOUND, 1, "0.007900", true, at);
    }

    private static UsageRecord withStatus(UsageRecord record, DeliveryStatus status, Optional<String> errorCode) {
        return new UsageRecord(record.id(), record.person(), record.ourNumber(), record.direction(), record.providerSid(),
                record.segments(), record.cost(), record.currency(), record.estimated(), status, errorCode, record.at());
    }

    private static UsageLine line(String period, SmsDirection direction, long messages, long segments, String cost,
            boolean estimated) {
        return new UsageLine(period, direction, Optional.empty(), Optional.empty(), messages, segments,
                new BigDecimal(cost), "USD", estimated);
    }

    private static UsageLine line(String period, SmsDirection direction, AccountId person, PhoneNumber ours,
            long messages, long segments, String cost, boolean estimated) {
        return new UsageLine(period, direction, Optional.ofNullable(person), Optional.of(ours), messages, segments,
                new BigDecimal(cost), "USD", estimated);
    }

    @Test
    void a_kept_text_comes_back_field_for_field_its_cost_to_six_decimals() {
        UsageRecord failed = new UsageRecord(ids.next(), Optional.of(lea), OURS, SmsDirection.OUTBOUND, "SMfailed", 3,
                new BigDecimal("123456.123456"), "EUR", false, DeliveryStatus.FAILED, Optional.of("30007"), AT);
        UsageRecord inbound = text(Optional.empty(), OTHER_OF_OURS, SmsDirection.INBOUND, 1, "0.0079", "USD", true,
                AT.plusNanos(1_000));
        recorded(failed);
        recorded(inbound);

        assertThat(usage.byProviderSid("SMfailed")).contains(failed);
        assertThat(usage.byProviderSid(inbound.providerSid())).hasValueSatisfying(kept -> {
            assertThat(kept.cost()).isEqualTo(ONE_SEGMENT);
            assertThat(kept).usingRecursiveComparison().ignoringFields("cost").isEqualTo(inbound);
        });
        assertThat(usage.byProviderSid("SMunknown")).isEmpty();
    }

    @Test
    void a_text_is_kept_once_per_provider_id() {
        UsageRecord first = outgoing(AT);
        UsageRecord again = new UsageRecord(ids.next(), Optional.of(sam), OTHER_OF_OURS, SmsDirection.INBOUND,
                first.providerSid(), 2, new BigDecimal("1"), "EUR", false, DeliveryStatus.RECEIVED, Optional.empty(), AT);

        assertThat(usage.record(again)).isFalse();

        assertThat(usage.byProviderSid(first.providerSid())).hasValueSatisfying(kept -> {
            assertThat(kept.id()).isEqualTo(first.id());
            assertThat(kept.person()).contains(lea);
        });
    }

    @Test
    void a_status_follows_the_provider_s_callbacks_until_it_is_final() {
        UsageRecord text = outgoing(AT);

        assertThat(usage.statusChanged(text.providerSid(), DeliveryStatus.SENT, Optional.empty(), AT.plusSeconds(1)))
                .isTrue();
        assertThat(usage.byProviderSid(text.providerSid()))
                .contains(withStatus(text, DeliveryStatus.SENT, Optional.empty()));
        assertThat(usage.statusChanged(text.providerSid(), DeliveryStatus.UNDELIVERED, Optional.of("30003"),
                AT.plusSeconds(2))).isTrue();

        assertThat(usage.statusChanged(text.providerSid(), DeliveryStatus.SENT, Optional.empty(), AT.plusSeconds(3)))
                .isTrue();
        assertThat(usage.statusChanged(text.providerSid(), DeliveryStatus.QUEUED, Optional.empty(), AT.plusSeconds(4)))
                .isTrue();

        assertThat(usage.byProviderSid(text.providerSid())).hasValueSatisfying(kept -> {
            assertThat(kept.status()).isEqualTo(DeliveryStatus.UNDELIVERED);
            assertThat(kept.errorCode()).contains("30003");
        });
    }

    @Test
    void a_status_of_an_unknown_text_answers_false() {
        assertThat(usage.statusChanged("SMunknown", DeliveryStatus.DELIVERED, Optional.empty(), AT)).isFalse();
    }

    @Test
    void outgoing_texts_still_estimated_are_listed_oldest_first_to_be_priced() {
        UsageRecord second = outgoing(AT.plusSeconds(2));
        UsageRecord first = outgoing(AT.plusSeconds(1));
        UsageRecord third = outgoing(AT.plusSeconds(3));
        outgoing(AT.plusSeconds(10));
        recorded(lea, OURS, SmsDirection.INBOUND, 1, "0.0079", true, AT);
        recorded(lea, OURS, SmsDirection.OUTBOUND, 1, "0.0079", false, AT);

        assertThat(usage.awaitingPrice(AT.plusSeconds(10), 10)).extracting(UsageRecord::id)
                .containsExactly(first.id(), second.id(), third.id());
        assertThat(usage.awaitingPrice(AT.plusSeconds(10), 2)).extracting(UsageRecord::id)
                .containsExactly(first.id(), second.id());
    }

    @Test
    void the_provider_s_price_replaces_the_estimate() {
        UsageRecord text = outgoing(AT);

        usage.priced(text.providerSid(), new MessagePrice(new BigDecimal("0.0237"), "EUR", 3));

        assertThat(usage.byProviderSid(text.providerSid())).hasValueSatisfying(kept -> {
            assertThat(kept.estimated()).isFalse();
            assertThat(kept.segments()).isEqualTo(3);
            assertThat(kept.cost()).isEqualTo(new BigDecimal("0.023700"));
            assertThat(kept.currency()).isEqualTo("EUR");
            assertThat(kept.status()).isEqualTo(text.status());
        });
        assertThat(usage.awaitingPrice(AT.plusSeconds(60), 10)).isEmpty();
    }

    @Test
    void usage_is_added_up_by_utc_day_inbound_before_outbound_estimated_when_any_text_is() {
        recorded(lea, OURS, SmsDirection.OUTBOUND, 2, "0.0158", true, Instant.parse("2026-12-01T23:59:59.999999Z"));
        recorded(lea, OURS, SmsDirection.INBOUND, 1, "0.0079", false, Instant.parse("2026-12-01T08:00:00Z"));
        recorded(sam, OTHER_OF_OURS, SmsDirection.OUTBOUND, 1, "0.0079", false, Instant.parse("2026-12-01T12:00:00Z"));
        recorded(sam, OTHER_OF_OURS, SmsDirection.INBOUND, 1, "0.0079", false, Instant.parse("2026-12-02T00:00:00Z"));
        recorded(sam, OTHER_OF_OURS, SmsDirection.INBOUND, 1, "0.0079", true, Instant.parse("2026-11-30T23:59:59Z"));
        recorded(sam, OTHER_OF_OURS, SmsDirection.INBOUND, 1, "0.0079", true, Instant.parse("2026-12-03T00:00:00Z"));

        List<UsageLine> lines = usage.summary(new UsageQuery(Optional.empty(), DECEMBER,
                Instant.parse("2026-12-03T00:00:00Z"), Granularity.DAY, false));

        assertThat(lines).containsExactly(
                line("2026-12-01", SmsDirection.INBOUND, 1, 1, "0.007900", false),
                line("2026-12-01", SmsDirection.OUTBOUND, 2, 3, "0.023700", true),
                line("2026-12-02", SmsDirection.INBOUND, 1, 1, "0.007900", false));
    }

    @Test
    void usage_is_added_up_by_month_per_person_and_number_the_texts_of_no_person_last() {
        AccountId first = lea.value().compareTo(sam.value()) < 0 ? lea : sam;
        AccountId second = first.equals(lea) ? sam : lea;
        recorded(second, OURS, SmsDirection.OUTBOUND, 1, "0.0079", false, Instant.parse("2026-12-31T23:00:00Z"));
        recorded(first, OTHER_OF_OURS, SmsDirection.OUTBOUND, 1, "0.0079", false, Instant.parse("2026-12-02T00:00:00Z"));
        recorded(first, OURS, SmsDirection.OUTBOUND, 2, "0.0158", false, Instant.parse("2026-12-05T00:00:00Z"));
        recorded(first, OURS, SmsDirection.OUTBOUND, 1, "0.0079", true, Instant.parse("2026-12-06T00:00:00Z"));
        recorded(null, OURS, SmsDirection.OUTBOUND, 1, "0.0079", false, Instant.parse("2026-12-07T00:00:00Z"));
        recorded(first, OURS, SmsDirection.INBOUND, 1, "0.0079", false, Instant.parse("2027-01-01T00:00:00Z"));

        List<UsageLine> lines = usage.summary(new UsageQuery(Optional.empty(), DECEMBER,
                Instant.parse("2027-02-01T00:00:00Z"), Granularity.MONTH, true));

        assertThat(lines).containsExactly(
                line("2026-12", SmsDirection.OUTBOUND, first, OURS, 2, 3, "0.023700", true),
                line("2026-12", SmsDirection.OUTBOUND, first, OTHER_OF_OURS, 1, 1, "0.007900", false),
                line("2026-12", SmsDirection.OUTBOUND, second, OURS, 1, 1, "0.007900", false),
                line("2026-12", SmsDirection.OUTBOUND, null, OURS, 1, 1, "0.007900", false),
                line("2027-01", SmsDirection.INBOUND, first, OURS, 1, 1, "0.007900", false));
    }

    @Test
    void one_person_s_usage_leaves_out_everyone_else_s() {
        recorded(lea, OURS, SmsDirection.OUTBOUND, 1, "0.0079", false, AT);
        recorded(sam, OURS, SmsDirection.OUTBOUND, 4, "0.0316", false, AT);
        recorded(null, OURS, SmsDirection.OUTBOUND, 1, "0.0079", false, AT);

        List<UsageLine> lines = usage.summary(new UsageQuery(Optional.of(sam), DECEMBER,
                Instant.parse("2027-01-01T00:00:00Z"), Granularity.MONTH, false));

        assertThat(lines).containsExactly(line("2026-12", SmsDirection.OUTBOUND, 1, 4, "0.031600", false));
    }

    @Test
    void costs_in_different_currencies_are_separate_lines() {
        recorded(text(Optional.of(lea), OURS, SmsDirection.OUTBOUND, 1, "0.0079", "USD", false, AT));
        recorded(text(Optional.of(lea), OURS, SmsDirection.OUTBOUND, 1, "0.0700", "EUR", false, AT));
        recorded(text(Optional.of(lea), OURS, SmsDirection.OUTBOUND, 1, "0.0700", "EUR", false, AT));

        List<UsageLine> lines = usage.summary(new UsageQuery(Optional.empty(), DECEMBER,
                Instant.parse("2026-12-02T00:00:00Z"), Granularity.DAY, false));

        assertThat(lines).containsExactly(
                new UsageLine("2026-12-01", SmsDirection.OUTBOUND, Optional.empty(), Optional.empty(), 2, 2,
                        new BigDecimal("0.140000"), "EUR", false),
                line("2026-12-01", SmsDirection.OUTBOUND, 1, 1, "0.007900", false));
    }
}
