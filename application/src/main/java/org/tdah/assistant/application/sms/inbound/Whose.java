package org.tdah.assistant.application.sms.inbound;

import java.util.Optional;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.sms.AssignedNumber;
import org.tdah.assistant.application.sms.InboundText;
import org.tdah.assistant.application.sms.port.PhoneNumbers;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * Whose a text is, on the (From, To) pair: a text to a dedicated number is its owner's only when it
 * comes from the owner's verified phone; a text to the shared (platform) number is the person's
 * whose verified phone sent it. Anyone else is a stranger at that number, and a text from one of
 * our own numbers is ours (never answered).
 */
final class Whose {

    /** Who sent a text. */
    sealed interface Sender {
        /** One of our people, not disabled. */
        record Person(Account account) implements Sender {}

        /** Someone we do not know at this number (or a disabled account). */
        record Stranger() implements Sender {}

        /** One of our own numbers. */
        record Ours() implements Sender {}

        /** The number texted is not one of ours (any more). */
        record NotOurs() implements Sender {}
    }

    private final PhoneNumbers numbers;
    private final Phones phones;
    private final Accounts accounts;
    private final PhoneNumber platformNumber;

    Whose(PhoneNumbers numbers, Phones phones, Accounts accounts, PhoneNumber platformNumber) {
        this.numbers = numbers;
        this.phones = phones;
        this.accounts = accounts;
        this.platformNumber = platformNumber;
    }

    Sender of(InboundText text) {
        if (text.from().equals(platformNumber) || numbers.activeDedicated(text.from()).isPresent()) {
            return new Sender.Ours();
        }
        Optional<AssignedNumber> dedicated = numbers.activeDedicated(text.to());
        if (dedicated.isEmpty() && !text.to().equals(platformNumber)) {
            return new Sender.NotOurs();
        }
        Optional<Account> person = phones.ownerOf(text.from())
                .filter(owner -> dedicated.map(number -> number.owner().equals(owner)).orElse(true))
                .flatMap(accounts::withId)
                .filter(account -> !account.isDisabled());
        return person.<Sender>map(Sender.Person::new).orElseGet(Sender.Stranger::new);
    }
}
