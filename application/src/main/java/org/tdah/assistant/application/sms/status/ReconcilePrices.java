package org.tdah.assistant.application.sms.status;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.sms.MessagePrice;
import org.tdah.assistant.application.sms.UsageRecord;
import org.tdah.assistant.application.sms.port.PhoneNumberProvider;
import org.tdah.assistant.application.sms.port.SmsUsage;

/**
 * Replaces the estimated cost and segments of our sent texts with the provider's final price and
 * count, once it has priced them (a while after sending). A text it has not priced yet is asked
 * about again on a later pass.
 */
public final class ReconcilePrices {
    /** By default, texts younger than this are left for a later pass: the provider prices them after delivery. */
    public static final Duration SETTLING = Duration.ofSeconds(30);
    private static final int BATCH = 100;

    private final SmsUsage usage;
    private final PhoneNumberProvider provider;
    private final Duration settling;
    private final Clock clock;

    public ReconcilePrices(SmsUsage usage, PhoneNumberProvider provider, Duration settling, Clock clock) {
        this.usage = usage;
        this.provider = provider;
        this.settling = settling;
        this.clock = clock;
    }

    /** One pass; answers how many texts got their final price. */
    public int reconcile() {
        List<UsageRecord> waiting = usage.awaitingPrice(clock.instant().minus(settling), BATCH);
        int priced = 0;
        for (UsageRecord text : waiting) {
            Optional<MessagePrice> price = provider.priceOf(text.providerSid());
            if (price.isPresent()) {
                usage.priced(text.providerSid(), price.get());
                priced++;
            }
        }
        return priced;
    }
}
