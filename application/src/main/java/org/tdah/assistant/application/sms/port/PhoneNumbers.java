package org.tdah.assistant.application.sms.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.sms.AssignedNumber;
import org.tdah.assistant.application.sms.NumberId;
import org.tdah.assistant.application.sms.NumberWebhooks;
import org.tdah.assistant.application.sms.WebhookConfiguration;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * The numbers assigned to people, and the webhooks set on the dedicated ones: what the router
 * looks up for every text, so each lookup here is indexed.
 */
public interface PhoneNumbers {

    /**
     * Keeps a newly assigned number. False, and nothing is kept, when its owner already has an
     * active number or when it is dedicated and that phone number is another active dedicated
     * number; safe when two assignments race.
     */
    boolean add(AssignedNumber number);

    /** A number by id, active or released. */
    Optional<AssignedNumber> withId(NumberId id);

    /** The active dedicated number with this phone number: whose number a text was sent to. */
    Optional<AssignedNumber> activeDedicated(PhoneNumber phoneNumber);

    /** The person's active number, dedicated or shared. */
    Optional<AssignedNumber> activeOf(AccountId owner);

    /** Every number the person was assigned, active or released, newest first. */
    List<AssignedNumber> ownedBy(AccountId owner);

    /** Every number, active or released, newest first, after {@code after} when given. */
    List<AssignedNumber> all(int limit, Optional<NumberId> after);

    /** Active dedicated numbers in id order after {@code after}: what the webhook check walks through. */
    List<AssignedNumber> activeDedicated(int limit, Optional<NumberId> after);

    /** Marks an active number released; false when it is not active (released before, or unknown). */
    boolean release(NumberId id, Instant at);

    /** Records the webhooks just set on a dedicated number (replacing the earlier record). */
    void configured(NumberId id, NumberWebhooks webhooks, Instant at);

    /** The webhooks recorded for a number. */
    Optional<WebhookConfiguration> configurationOf(NumberId id);

    /**
     * Records that the number's webhooks were checked at the provider at {@code at}; {@code repaired}
     * when they had drifted and were set again (counted).
     */
    void checked(NumberId id, Instant at, boolean repaired);
}
