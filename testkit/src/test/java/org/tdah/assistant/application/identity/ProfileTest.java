package org.tdah.assistant.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.login.LogIn;
import org.tdah.assistant.application.identity.profile.RecordSmsConsent;
import org.tdah.assistant.application.identity.profile.ReplacePreferences;
import org.tdah.assistant.application.identity.profile.UpdateProfile;
import org.tdah.assistant.application.identity.profile.ViewPreferences;
import org.tdah.assistant.application.identity.registration.RegisterAccount;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.Preferences;
import org.tdah.assistant.domain.identity.ReminderChannel;
import org.tdah.assistant.domain.identity.SmsConsent;
import org.tdah.assistant.domain.identity.Timezone;
import org.tdah.assistant.testkit.InMemoryCore;

class ProfileTest {
    private static final String PASSWORD = "correct horse battery staple";
    private final InMemoryCore fixture = new InMemoryCore();
    private IdentityCore identity;

    @BeforeEach
    void registerSamAndAlex() {
        identity = fixture.core.identity();
        identity.registerAccount().register(RegisterAccount.Command.of("sam@example.org", PASSWORD, "Sam"), InMemoryCore.ORIGIN);
        identity.registerAccount().register(RegisterAccount.Command.of("alex@example.org", PASSWORD, "Alex"), InMemoryCore.ORIGIN);
    }

    private Caller caller(String email) {
        IssuedTokens tokens = ((LogIn.Result.LoggedIn) identity.logIn().logIn(new LogIn.Command(email, PASSWORD),
                InMemoryCore.ORIGIN)).tokens();
        return identity.authenticateAccessToken().authenticate(tokens.accessToken().token()).orElseThrow();
    }

    @Test
    void a_new_account_is_in_utc_and_english_and_has_the_default_preferences() {
        Caller sam = caller("sam@example.org");

        Account account = identity.viewOwnAccount().view(sam).orElseThrow().account();
        assertThat(account.timezone()).isEqualTo(Timezone.UTC);
        assertThat(account.language()).isEqualTo(Language.EN);
        assertThat(((ViewPreferences.Result.Found) identity.viewPreferences().view(sam)).preferences())
                .isEqualTo(Preferences.DEFAULTS);
    }

    @Test
    void an_update_changes_only_what_it_gives_and_only_for_the_caller() {
        Caller sam = caller("sam@example.org");
        Caller alex = caller("alex@example.org");

        UpdateProfile.Result result = identity.updateProfile().update(sam, new UpdateProfile.Change(
                Optional.empty(), Optional.of(new Timezone("Europe/Paris")), Optional.of(Language.FR)));

        Account updated = ((UpdateProfile.Result.Updated) result).account();
        assertThat(updated.displayName()).isEqualTo(new DisplayName("Sam"));
        assertThat(updated.timezone()).isEqualTo(new Timezone("Europe/Paris"));
        assertThat(updated.language()).isEqualTo(Language.FR);
        assertThat(identity.viewOwnAccount().view(sam).orElseThrow().account()).isEqualTo(updated);
        Account alexAccount = identity.viewOwnAccount().view(alex).orElseThrow().account();
        assertThat(alexAccount.timezone()).isEqualTo(Timezone.UTC);
        assertThat(alexAccount.displayName()).isEqualTo(new DisplayName("Alex"));

        identity.updateProfile().update(sam, new UpdateProfile.Change(
                Optional.of(new DisplayName("Samuel")), Optional.empty(), Optional.empty()));
        Account renamed = identity.viewOwnAccount().view(sam).orElseThrow().account();
        assertThat(renamed.displayName()).isEqualTo(new DisplayName("Samuel"));
        assertThat(renamed.timezone()).isEqualTo(new Timezone("Europe/Paris"));
    }

    @Test
    void replaced_preferences_are_seen_on_the_next_view_and_only_by_their_owner() {
        Caller sam = caller("sam@example.org");
        Caller alex = caller("alex@example.org");
        Preferences chosen = new Preferences(Optional.empty(), 30, 5, Optional.empty(), List.of(ReminderChannel.EMAIL));

        ReplacePreferences.Result result = identity.replacePreferences().replace(sam, chosen);

        assertThat(((ReplacePreferences.Result.Replaced) result).preferences()).isEqualTo(chosen);
        assertThat(((ViewPreferences.Result.Found) identity.viewPreferences().view(sam)).preferences()).isEqualTo(chosen);
        assertThat(((ViewPreferences.Result.Found) identity.viewPreferences().view(alex)).preferences())
                .isEqualTo(Preferences.DEFAULTS);
    }

    @Test
    void a_consent_to_be_texted_keeps_its_first_time_until_withdrawn_and_the_sms_router_records_its_own() {
        Caller sam = caller("sam@example.org");
        Instant first = fixture.clock.instant();

        identity.updateProfile().update(sam, new UpdateProfile.Change(Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of(true)));
        fixture.clock.advance(java.time.Duration.ofMinutes(5));
        UpdateProfile.Result again = identity.updateProfile().update(sam, new UpdateProfile.Change(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(true)));

        assertThat(((UpdateProfile.Result.Updated) again).account().smsConsent())
                .isEqualTo(new SmsConsent(first, SmsConsent.Source.PROFILE));

        UpdateProfile.Result withdrawn = identity.updateProfile().update(sam, new UpdateProfile.Change(Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.of(false)));
        assertThat(((UpdateProfile.Result.Updated) withdrawn).account().smsConsentGiven()).isEmpty();

        assertThat(identity.recordSmsConsent().give(sam.accountId(), SmsConsent.Source.SMS))
                .isEqualTo(new RecordSmsConsent.Result.Recorded(Optional.of(
                        new SmsConsent(fixture.clock.instant(), SmsConsent.Source.SMS))));
        assertThat(identity.recordSmsConsent().withdraw(new AccountId("nobody")))
                .isEqualTo(new RecordSmsConsent.Result.NoSuchAccount());
    }
}
