package org.tdah.assistant.application.sms.numbers;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.sms.AssignedNumber;
import org.tdah.assistant.application.sms.NumberId;
import org.tdah.assistant.application.sms.ProvisionedNumber;
import org.tdah.assistant.application.sms.port.PhoneNumberProvider;
import org.tdah.assistant.application.sms.port.PhoneNumbers;
import org.tdah.assistant.application.sms.OurWebhooks;

/**
 * The scheduled check of our dedicated numbers at the provider: a number whose webhooks drifted
 * (someone changed them in the console, or the public URL moved) is pointed at ours again and the
 * repair recorded; a number the provider no longer has for us is logged loudly, because its owner's
 * texts reach nobody.
 */
public final class RepairWebhooks {
    private static final System.Logger LOG = System.getLogger(RepairWebhooks.class.getName());
    private static final int PAGE = 100;

    /** What one check found. */
    public record Report(int checked, int repaired, int missing) {}

    private final PhoneNumbers numbers;
    private final PhoneNumberProvider provider;
    private final OurWebhooks webhooks;
    private final Clock clock;

    public RepairWebhooks(PhoneNumbers numbers, PhoneNumberProvider provider, OurWebhooks webhooks, Clock clock) {
        this.numbers = numbers;
        this.provider = provider;
        this.webhooks = webhooks;
        this.clock = clock;
    }

    public Report checkAll() {
        int checked = 0;
        int repaired = 0;
        int missing = 0;
        Optional<NumberId> after = Optional.empty();
        List<AssignedNumber> page;
        do {
            page = numbers.activeDedicated(PAGE, after);
            for (AssignedNumber number : page) {
                checked++;
                String sid = number.providerSid().orElseThrow();
                Optional<ProvisionedNumber> atProvider = provider.fetch(sid);
                if (atProvider.isEmpty()) {
                    missing++;
                    LOG.log(Level.ERROR, "Number {0} is no longer ours at the SMS provider: its texts reach nobody",
                            number.phoneNumber());
                    continue;
                }
                boolean drifted = !atProvider.get().webhooks().equals(webhooks.webhooks());
                if (drifted) {
                    provider.configure(sid, webhooks.webhooks());
                    numbers.configured(number.id(), webhooks.webhooks(), clock.instant());
                    repaired++;
                    LOG.log(Level.WARNING, "Number {0} had other webhooks at the SMS provider: set back to ours",
                            number.phoneNumber());
                }
                numbers.checked(number.id(), clock.instant(), drifted);
            }
            after = page.isEmpty() ? after : Optional.of(page.get(page.size() - 1).id());
        } while (page.size() == PAGE);
        return new Report(checked, repaired, missing);
    }
}
