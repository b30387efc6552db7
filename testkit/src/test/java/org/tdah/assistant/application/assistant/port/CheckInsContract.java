package org.tdah.assistant.application.assistant.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.port.AccountPreferences;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.Preferences;
import org.tdah.assistant.domain.identity.ReminderChannel;
import org.tdah.assistant.domain.identity.TimeOfDay;
import org.tdah.assistant.domain.identity.Timezone;

/**
 * What every implementation of {@link CheckIns} must do, with the accounts (their zone) and the
 * preferences (their check-in time) of the same store. {@link CheckIns#due} reads across people:
 * an adapter whose store is shared between tests empties it in {@link #newCheckIns()}, which is
 * called first.
 */
public abstract class CheckInsContract {
    private static final Instant REGISTERED = Instant.parse("2026-11-01T09:00:00Z");
    private static final Timezone PARIS = new Timezone("Europe/Paris");
    private static final Timezone NEW_YORK = new Timezone("America/New_York");
    private static final LocalDate DAY = LocalDate.of(2026, 12, 2);

    private CheckIns checkIns;
    private Accounts accounts;
    private AccountPreferences preferences;

    /** The check-ins under test, in a store emptied of every earlier test's people. */
    protected abstract CheckIns newCheckIns();

    /** The accounts the check-ins read each person's zone from. */
    protected abstract Accounts accounts();

    /** The preferences the check-ins read each person's check-in time from. */
    protected abstract AccountPreferences preferences();

    @BeforeEach
    void setUpCheckIns() {
        checkIns = newCheckIns();
        accounts = accounts();
        preferences = preferences();
    }

    private AccountId person(Timezone zone, Optional<String> checkIn) {
        AccountId id = new AccountId(UUID.randomUUID().toString());
        accounts.add(Account.register(id, EmailAddress.parse(id.value() + "@example.org"), DisplayName.parse("Test"),
                new PasswordHash("hash"), REGISTERED));
        accounts.updateProfile(id, DisplayName.parse("Test"), zone, Language.FR);
        checkIn.ifPresent(time -> preferences.replace(id, new Preferences(Optional.empty(), 10, 3,
                Optional.of(new TimeOfDay(LocalTime.parse(time))), List.of(ReminderChannel.SMS))));
        return id;
    }

    @Test
    void a_person_is_due_once_the_check_in_time_has_passed_in_their_own_zone() {
        AccountId inParis = person(PARIS, Optional.of("09:00"));
        AccountId inNewYork = person(NEW_YORK, Optional.of("09:00"));

        assertThat(checkIns.due(Instant.parse("2026-12-02T07:59:00Z"), 10)).isEmpty();
        assertThat(checkIns.due(Instant.parse("2026-12-02T08:00:00Z"), 10)).containsExactly(inParis);
        assertThat(checkIns.due(Instant.parse("2026-12-02T13:59:59Z"), 10)).containsExactly(inParis);
        assertThat(checkIns.due(Instant.parse("2026-12-02T14:00:00Z"), 10)).containsExactlyInAnyOrder(inParis, inNewYork);
    }

    @Test
    void a_person_checked_in_is_not_due_again_that_local_day_but_is_the_next() {
        AccountId inParis = person(PARIS, Optional.of("09:00"));
        AccountId inNewYork = person(NEW_YORK, Optional.of("20:00"));
        checkIns.claim(inParis, DAY, Instant.parse("2026-12-02T08:00:00Z"));
        checkIns.claim(inNewYork, DAY, Instant.parse("2026-12-03T01:00:00Z"));

        assertThat(checkIns.due(Instant.parse("2026-12-02T22:59:00Z"), 10)).isEmpty();
        assertThat(checkIns.due(Instant.parse("2026-12-03T04:59:00Z"), 10)).isEmpty();
        assertThat(checkIns.due(Instant.parse("2026-12-03T08:00:00Z"), 10)).containsExactly(inParis);
        assertThat(checkIns.due(Instant.parse("2026-12-04T01:00:00Z"), 10)).containsExactly(inNewYork);
    }

    @Test
    void people_without_a_check_in_time_are_never_due() {
        person(PARIS, Optional.empty());
        AccountId withDefaults = person(PARIS, Optional.empty());
        preferences.replace(withDefaults, Preferences.DEFAULTS);

        assertThat(checkIns.due(Instant.parse("2026-12-02T22:59:00Z"), 10)).isEmpty();
    }

    @Test
    void disabled_people_are_never_due() {
        AccountId disabled = person(PARIS, Optional.of("09:00"));
        accounts.disable(disabled, REGISTERED.plusSeconds(60));

        assertThat(checkIns.due(Instant.parse("2026-12-02T12:00:00Z"), 10)).isEmpty();
    }

    @Test
    void at_most_the_limit_of_people_are_due_at_once() {
        for (int i = 0; i < 5; i++) {
            person(PARIS, Optional.of("09:00"));
        }

        assertThat(checkIns.due(Instant.parse("2026-12-02T12:00:00Z"), 3)).hasSize(3).doesNotHaveDuplicates();
    }

    @Test
    void a_person_is_checked_in_once_per_local_day() {
        AccountId person = person(PARIS, Optional.of("09:00"));
        AccountId other = person(NEW_YORK, Optional.of("09:00"));

        assertThat(checkIns.claim(person, DAY, Instant.parse("2026-12-02T08:00:00Z"))).isTrue();
        assertThat(checkIns.claim(person, DAY, Instant.parse("2026-12-02T08:00:01Z"))).isFalse();
        assertThat(checkIns.claim(other, DAY, Instant.parse("2026-12-02T14:00:00Z"))).isTrue();
        assertThat(checkIns.claim(person, DAY.plusDays(1), Instant.parse("2026-12-03T08:00:00Z"))).isTrue();
    }
}
