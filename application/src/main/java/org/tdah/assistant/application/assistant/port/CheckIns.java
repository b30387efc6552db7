package org.tdah.assistant.application.assistant.port;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.tdah.assistant.domain.identity.AccountId;

/** The daily check-ins: who is due for one, and the record that each was sent once a day at most. */
public interface CheckIns {

    /**
     * Up to {@code limit} people whose check-in time has passed today in their own zone, at
     * {@code now}, and who had no check-in on that local day yet.
     */
    List<AccountId> due(Instant now, int limit);

    /** @return true when the person had no check-in on that local day, and now has one */
    boolean claim(AccountId person, LocalDate localDate, Instant at);
}
