package org.tdah.assistant.adapters.rest.sms;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;
import org.tdah.assistant.application.sms.AssignedNumber;
import org.tdah.assistant.application.sms.ChannelExchange;
import org.tdah.assistant.application.sms.UsageLine;
import org.tdah.assistant.application.sms.port.ChannelLogs.ChannelLogEntry;
import org.tdah.assistant.application.sms.usage.ViewUsage;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/** The JSON of the SMS context: numbers, usage, channel logs. */
final class SmsRepresentations {
    private SmsRepresentations() {}

    /** {@code {"id", "phoneNumber", "mode", "status", "country", "createdAt", "releasedAt"}}; admins see the owner. */
    /** The caller's numbers, {@code {"items": [...]}}. */
    record PhoneNumberList(List<PhoneNumberJson> items) {}

    @JsonInclude(JsonInclude.Include.NON_NULL)
    record PhoneNumberJson(String id, String phoneNumber, String mode, String status, String country, String createdAt,
            String releasedAt, String accountId) {
        static PhoneNumberJson of(AssignedNumber number) {
            return new PhoneNumberJson(number.id().value(), number.phoneNumber().value(), number.mode().wireName(),
                    number.active() ? "active" : "released", number.country(), number.createdAt().toString(),
                    number.releasedAt().map(Object::toString).orElse(null), null);
        }

        static PhoneNumberJson forAdministrators(AssignedNumber number) {
            PhoneNumberJson json = of(number);
            return new PhoneNumberJson(json.id, json.phoneNumber, json.mode, json.status, json.country, json.createdAt,
                    json.releasedAt, number.owner().value());
        }
    }

    /** One line of usage; {@code accountId} and {@code phoneNumber} only in the administrators' view. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record UsageJson(String period, String direction, String accountId, String phoneNumber, long messages,
            long segments, String cost, String currency, boolean estimated) {
        static UsageJson of(UsageLine line) {
            return new UsageJson(line.period(), line.direction().name().toLowerCase(Locale.ROOT),
                    line.person().map(AccountId::value).orElse(null), line.ourNumber().map(PhoneNumber::value).orElse(null),
                    line.messages(), line.segments(), money(line.cost()), line.currency(), line.estimated());
        }
    }

    /** The monthly fee of one dedicated number. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record NumberFeeJson(String period, String phoneNumber, String accountId, String cost, String currency) {
        static NumberFeeJson of(ViewUsage.NumberFee fee, boolean withOwner) {
            return new NumberFeeJson(fee.period(), fee.phoneNumber().value(), withOwner ? fee.person().value() : null,
                    money(fee.cost()), fee.currency());
        }
    }

    /** {@code {"items": [...], "numberFees": [...]}}. */
    record UsageReportJson(List<UsageJson> items, List<NumberFeeJson> numberFees) {
        static UsageReportJson of(ViewUsage.Usage usage, boolean forAdministrators) {
            return new UsageReportJson(usage.texts().stream().map(UsageJson::of).toList(),
                    usage.numberFees().stream().map(fee -> NumberFeeJson.of(fee, forAdministrators)).toList());
        }
    }

    /** One exchange of the channel log. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record ChannelLogJson(String id, String at, String direction, String method, String url, int status, String request,
            String response, long durationMs, String messageSid, String error) {
        static ChannelLogJson of(ChannelLogEntry entry) {
            ChannelExchange exchange = entry.exchange();
            return new ChannelLogJson(Long.toString(entry.id()), exchange.at().toString(),
                    exchange.direction().name().toLowerCase(Locale.ROOT), exchange.method(), exchange.url(),
                    exchange.status(), exchange.request(), exchange.response(), exchange.duration().toMillis(),
                    exchange.messageSid().orElse(null), exchange.error().orElse(null));
        }
    }

    /** An amount as a string with at least four decimals ({@code "0.0158"}), never a binary float. */
    static String money(BigDecimal amount) {
        BigDecimal plain = amount.stripTrailingZeros();
        return plain.setScale(Math.max(4, plain.scale()), RoundingMode.UNNECESSARY).toPlainString();
    }
}
