package org.tdah.assistant.application.sms.support;

import java.util.Optional;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.sms.AssignedNumber;
import org.tdah.assistant.application.sms.port.PhoneNumbers;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * Which of our numbers a text goes from: the one it names, else the number of the person whose
 * verified phone it goes to (their own, or the shared one), else the platform's number. So a
 * person hears from us on one number, the one they text, and their STOP to it stops everything.
 */
public final class Senders {
    private final PhoneNumbers numbers;
    private final Phones phones;
    private final PhoneNumber platformNumber;

    public Senders(PhoneNumbers numbers, Phones phones, PhoneNumber platformNumber) {
        this.numbers = numbers;
        this.phones = phones;
        this.platformNumber = platformNumber;
    }

    /** Who the text is for, and the number it goes from. */
    public record Route(Optional<AccountId> person, PhoneNumber from) {}

    public Route of(OutgoingSms sms) {
        Optional<AccountId> person = phones.ownerOf(sms.to());
        PhoneNumber from = sms.from().or(() -> person.flatMap(numbers::activeOf).map(AssignedNumber::phoneNumber))
                .orElse(platformNumber);
        return new Route(person, from);
    }
}
