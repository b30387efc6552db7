package org.tdah.assistant.application.sms.port;

import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.sms.AvailableNumber;
import org.tdah.assistant.application.sms.MessagePrice;
import org.tdah.assistant.application.sms.NumberWebhooks;
import org.tdah.assistant.application.sms.ProvisionedNumber;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * Buys, configures and releases our numbers at the SMS provider, and reads what a message cost.
 *
 * <p>Refusals for good: an empty list when no number is for sale,
 * {@link org.tdah.assistant.application.sms.NumberNotAvailableException} when a number cannot be
 * bought, {@link org.tdah.assistant.application.sms.UnknownNumberException} when a number to
 * configure is not ours. Every method throws
 * {@link org.tdah.assistant.application.shared.DependencyUnavailableException} when the provider
 * cannot be reached or answers a transient error; the operation then did not happen.
 */
public interface PhoneNumberProvider {

    /**
     * At most {@code limit} (at least 1) local numbers for sale in {@code country} (ISO 3166-1
     * alpha-2, e.g. {@code US}, {@code FR}), in {@code areaCode} when given; none that we own.
     */
    List<AvailableNumber> available(String country, Optional<String> areaCode, int limit);

    /** Buys {@code number}, which then sends inbound texts (by POST) to the webhooks. */
    ProvisionedNumber buy(PhoneNumber number, NumberWebhooks webhooks);

    /** Points one of our numbers at new webhooks. */
    ProvisionedNumber configure(String providerSid, NumberWebhooks webhooks);

    /** One of our numbers, or empty when we do not own it (any more). */
    Optional<ProvisionedNumber> fetch(String providerSid);

    /** Gives the number back to the provider; releasing a number we no longer own does nothing. */
    void release(String providerSid);

    /**
     * The final price and segment count of a message we sent, by the provider's id of it; empty
     * while the provider has not priced it yet, or when it does not know the message.
     */
    Optional<MessagePrice> priceOf(String providerMessageId);
}
