package org.tdah.assistant.application.sms.numbers;

import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.shared.Page;
import org.tdah.assistant.application.sms.AssignedNumber;
import org.tdah.assistant.application.sms.NumberId;
import org.tdah.assistant.application.sms.port.PhoneNumbers;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * The numbers of one person ({@code GET /phone-numbers}), active and released, newest first; and
 * every number, for administrators ({@code ?all=true}), a page at a time.
 */
public final class ListPhoneNumbers {
    private final PhoneNumbers numbers;

    public ListPhoneNumbers(PhoneNumbers numbers) {
        this.numbers = numbers;
    }

    public List<AssignedNumber> of(AccountId person) {
        return numbers.ownedBy(person);
    }

    public Page<AssignedNumber, NumberId> all(int limit, Optional<NumberId> after) {
        return Page.of(numbers.all(limit + 1, after), limit, AssignedNumber::id);
    }
}
