package org.tdah.assistant.application.sms.usage;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.application.sms.AssignedNumber;
import org.tdah.assistant.application.sms.NumberId;
import org.tdah.assistant.application.sms.NumberMode;
import org.tdah.assistant.application.sms.UsageLine;
import org.tdah.assistant.application.sms.UsageQuery;
import org.tdah.assistant.application.sms.port.PhoneNumbers;
import org.tdah.assistant.application.sms.port.SmsUsage;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.InvalidInputException;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.domain.sms.SmsPrices;
import org.tdah.assistant.domain.sms.UsagePeriod;
import org.tdah.assistant.domain.sms.UsagePeriod.Granularity;

/**
 * What texting cost, by UTC day or month over a range of days: a person's own
 * ({@code GET /sms/usage}) or everyone's per person and number, for administrators
 * ({@code GET /admin/sms/usage}). Texts in and out are counted with their segments and costs; the
 * monthly fee of each dedicated number is counted for every month it was held, even in part.
 */
public final class ViewUsage {
    /** The longest range one answer covers. */
    static final int MAX_DAYS = 366;
    private static final int PAGE = 100;

    /** Days {@code from} to {@code to}, both included, by day or month. */
    public record Range(LocalDate from, LocalDate to, Granularity by) {
        public Range {
            Objects.requireNonNull(from, "from");
            Objects.requireNonNull(to, "to");
            Objects.requireNonNull(by, "by");
            if (to.isBefore(from)) {
                throw InvalidInputException.of("to", "is on or after from");
            }
            if (from.plusDays(MAX_DAYS).isBefore(to)) {
                throw InvalidInputException.of("from", "is at most " + MAX_DAYS + " days before to");
            }
        }
    }

    /** The fee of one dedicated number for one month it was held. */
    public record NumberFee(String period, PhoneNumber phoneNumber, AccountId person, BigDecimal cost, String currency) {}

    /** The texts added up, and the numbers' fees. */
    public record Usage(List<UsageLine> texts, List<NumberFee> numberFees) {
        public Usage {
            texts = List.copyOf(texts);
            numberFees = List.copyOf(numberFees);
        }
    }

    private final SmsUsage usage;
    private final PhoneNumbers numbers;
    private final SmsPrices prices;

    public ViewUsage(SmsUsage usage, PhoneNumbers numbers, SmsPrices prices) {
        this.usage = usage;
        this.numbers = numbers;
        this.prices = prices;
    }

    public Usage of(AccountId person, Range range) {
        return new Usage(usage.summary(query(Optional.of(person), range, false)), fees(numbers.ownedBy(person), range));
    }

    public Usage everyone(Range range) {
        List<AssignedNumber> all = new ArrayList<>();
        Optional<NumberId> after = Optional.empty();
        List<AssignedNumber> page;
        do {
            page = numbers.all(PAGE, after);
            all.addAll(page);
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).id());
        } while (page.size() == PAGE);
        return new Usage(usage.summary(query(Optional.empty(), range, true)), fees(all, range));
    }

    private static UsageQuery query(Optional<AccountId> person, Range range, boolean perPersonAndNumber) {
        return new UsageQuery(person, range.from().atStartOfDay().toInstant(ZoneOffset.UTC),
                range.to().plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC), range.by(), perPersonAndNumber);
    }

    private List<NumberFee> fees(List<AssignedNumber> held, Range range) {
        List<NumberFee> fees = new ArrayList<>();
        for (AssignedNumber number : held) {
            if (number.mode() != NumberMode.DEDICATED) {
                continue;
            }
            LocalDate first = number.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
            LocalDate last = number.releasedAt().map(at -> at.atZone(ZoneOffset.UTC).toLocalDate()).orElse(range.to());
            for (UsagePeriod month = UsagePeriod.of(Granularity.MONTH, range.from()); !month.start().isAfter(range.to());
                    month = UsagePeriod.of(Granularity.MONTH, month.end())) {
                if (!month.end().isAfter(first) || month.start().isAfter(last)) {
                    continue;
                }
                fees.add(new NumberFee(month.label(), number.phoneNumber(), number.owner(),
                        prices.monthlyFee(number.phoneNumber()), prices.currency()));
            }
        }
        fees.sort(Comparator.comparing(NumberFee::period).thenComparing(fee -> fee.phoneNumber().value()));
        return fees;
    }
}
