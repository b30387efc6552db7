package org.tdah.assistant.application.sms.support;

import java.time.Instant;
import java.util.Optional;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.sms.DeliveryStatus;
import org.tdah.assistant.application.sms.InboundText;
import org.tdah.assistant.application.sms.UsageRecord;
import org.tdah.assistant.application.sms.port.SmsUsage;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.domain.sms.SmsDirection;
import org.tdah.assistant.domain.sms.SmsPrices;
import org.tdah.assistant.domain.sms.SmsSegments;

/**
 * Writes texts into the usage log as they come and go: segments counted the provider's way, cost
 * estimated from the operator's price table (replaced by the provider's price later).
 */
public final class UsageBook {
    private final SmsUsage usage;
    private final SmsPrices prices;
    private final Ids ids;

    public UsageBook(SmsUsage usage, SmsPrices prices, Ids ids) {
        this.usage = usage;
        this.prices = prices;
        this.ids = ids;
    }

    /** A text the provider took from {@code from} under {@code providerSid}. */
    public void sent(PhoneNumber from, String providerSid, String body, Optional<AccountId> person, Instant at) {
        int segments = SmsSegments.of(body).count();
        keep(person, from, SmsDirection.OUTBOUND, providerSid, segments, DeliveryStatus.QUEUED, at);
    }

    /** A text received on one of our numbers, once it is known whose it is. */
    public void received(InboundText text, Optional<AccountId> person) {
        keep(person, text.to(), SmsDirection.INBOUND, text.messageSid(), text.segments(), DeliveryStatus.RECEIVED,
                text.receivedAt());
    }

    private void keep(Optional<AccountId> person, PhoneNumber ours, SmsDirection direction, String providerSid,
            int segments, DeliveryStatus status, Instant at) {
        usage.record(new UsageRecord(ids.next(), person, ours, direction, providerSid, segments,
                prices.estimate(direction, ours, segments), prices.currency(), true, status, Optional.empty(), at));
    }
}
