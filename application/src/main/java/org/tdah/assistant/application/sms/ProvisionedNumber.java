package org.tdah.assistant.application.sms;

import java.util.Objects;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * A number we own at the SMS provider, under the provider's id of it ({@code PN...} at Twilio),
 * with the webhooks it calls.
 */
public record ProvisionedNumber(String providerSid, PhoneNumber phoneNumber, NumberWebhooks webhooks) {
    public ProvisionedNumber {
        Objects.requireNonNull(providerSid, "providerSid");
        Objects.requireNonNull(phoneNumber, "phoneNumber");
        Objects.requireNonNull(webhooks, "webhooks");
        if (providerSid.isBlank()) {
            throw new IllegalArgumentException("a provisioned number has the provider's id");
        }
    }
}
