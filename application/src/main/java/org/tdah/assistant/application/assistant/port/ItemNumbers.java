package org.tdah.assistant.application.assistant.port;

import org.tdah.assistant.domain.assistant.ItemNumber;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Gives the short numbers of tasks and reminders. Called inside {@code Transactions}: the number
 * returned is held for the owner until the transaction ends, so two items created at once never
 * share one.
 */
public interface ItemNumbers {

    /** The smallest number held by none of the owner's open tasks and active reminders. */
    ItemNumber nextFree(AccountId owner);
}
