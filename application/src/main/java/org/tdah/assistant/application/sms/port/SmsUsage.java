package org.tdah.assistant.application.sms.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.sms.DeliveryStatus;
import org.tdah.assistant.application.sms.MessagePrice;
import org.tdah.assistant.application.sms.UsageLine;
import org.tdah.assistant.application.sms.UsageQuery;
import org.tdah.assistant.application.sms.UsageRecord;

/** The usage log: one row per text in or out, its delivery status, segments and cost. */
public interface SmsUsage {

    /** Keeps a text's usage; false, and nothing changes, when its provider id is known already. */
    boolean record(UsageRecord usage);

    /**
     * The provider's latest status of a text. False when no text has this provider id. A status is
     * not replaced by a non-final one once it is final ({@link DeliveryStatus#last()}).
     */
    boolean statusChanged(String providerSid, DeliveryStatus status, Optional<String> errorCode, Instant at);

    /** Outgoing texts still estimated that were sent before {@code before}, oldest first: to price. */
    List<UsageRecord> awaitingPrice(Instant before, int limit);

    /** The provider's final price and segment count of a text replace the estimate. */
    void priced(String providerSid, MessagePrice price);

    /** The usage by provider id. */
    Optional<UsageRecord> byProviderSid(String providerSid);

    /**
     * The usage added up, oldest period first, inbound before outbound in a period, and then by
     * person and number when asked. Costs in different currencies are separate lines.
     */
    List<UsageLine> summary(UsageQuery query);
}
