package org.tdah.assistant.application.identity.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Preferences;
import org.tdah.assistant.domain.identity.QuietHours;
import org.tdah.assistant.domain.identity.ReminderChannel;
import org.tdah.assistant.domain.identity.TimeOfDay;

/** What every implementation of {@link AccountPreferences} must do. */
public abstract class AccountPreferencesContract {
    private AccountPreferences preferences;
    private AccountId account;

    protected abstract AccountPreferences newAccountPreferences();

    /** An account the preferences may belong to; adapters whose store checks that accounts exist create one. */
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @BeforeEach
    void setUpPreferences() {
        preferences = newAccountPreferences();
        account = anAccount();
    }

    @Test
    void an_account_that_never_chose_has_no_preferences_stored() {
        assertThat(preferences.of(account)).isEmpty();
    }

    @Test
    void stored_preferences_come_back_field_for_field_channels_in_order() {
        Preferences chosen = new Preferences(
                Optional.of(new QuietHours(TimeOfDay.parse("start", "23:15"), TimeOfDay.parse("end", "06:45"))),
                240, 0, Optional.of(TimeOfDay.parse("checkInTime", "08:30")),
                List.of(ReminderChannel.WEB, ReminderChannel.EMAIL, ReminderChannel.SMS));

        preferences.replace(account, chosen);

        assertThat(preferences.of(account)).contains(chosen);
    }

    @Test
    void a_replacement_replaces_every_field_even_with_none() {
        preferences.replace(account, Preferences.DEFAULTS);
        Preferences quiet = new Preferences(Optional.empty(), 1, 20, Optional.empty(), List.of(ReminderChannel.EMAIL));

        preferences.replace(account, quiet);

        assertThat(preferences.of(account)).contains(quiet);
    }

    @Test
    void the_preferences_of_one_account_are_not_another_s() {
        AccountId other = anAccount();
        preferences.replace(account, Preferences.DEFAULTS);

        assertThat(preferences.of(other)).isEmpty();
    }
}
