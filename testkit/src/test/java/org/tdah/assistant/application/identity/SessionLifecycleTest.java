package org.tdah.assistant.application.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tdah.assistant.testkit.InMemoryCore.ORIGIN;

import java.time.Duration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.login.LogIn;
import org.tdah.assistant.application.identity.registration.RegisterAccount;
import org.tdah.assistant.application.identity.tokens.RefreshSession;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.testkit.InMemoryCore;

/** Refresh-token rotation, reuse detection and logout. */
class SessionLifecycleTest {
    private static final String PASSWORD = "correct horse battery staple";
    private final InMemoryCore fixture = new InMemoryCore();
    private Account sam;
    private IssuedTokens login;

    @BeforeEach
    void logInSam() {
        sam = ((RegisterAccount.Result.Registered) fixture.core.identity().registerAccount().register(
                RegisterAccount.Command.of("sam@example.org", PASSWORD, "Sam"), ORIGIN)).account();
        login = ((LogIn.Result.LoggedIn) fixture.core.identity().logIn()
                .logIn(new LogIn.Command("sam@example.org", PASSWORD), ORIGIN)).tokens();
    }

    private RefreshSession.Result refresh(String refreshToken) {
        return fixture.core.identity().refreshSession().refresh(new RefreshSession.Command(refreshToken), ORIGIN);
    }

    private boolean authenticates(IssuedTokens tokens) {
        return fixture.core.identity().authenticateAccessToken().authenticate(tokens.accessToken().token()).isPresent();
    }

    @Test
    void a_refresh_gives_a_new_access_token_and_a_new_refresh_token_in_the_same_session() {
        fixture.clock.advance(Duration.ofMinutes(14));

        IssuedTokens refreshed = ((RefreshSession.Result.Refreshed) refresh(login.refreshToken())).tokens();

        assertThat(refreshed.refreshToken()).isNotEqualTo(login.refreshToken());
        assertThat(refreshed.accessToken().token()).isNotEqualTo(login.accessToken().token());
        assertThat(refreshed.session()).isEqualTo(login.session());
        fixture.clock.advance(Duration.ofMinutes(10));
        assertThat(authenticates(refreshed)).isTrue();
        assertThat(authenticates(login)).as("the first access token expired").isFalse();
    }

    @Test
    void presenting_a_spent_refresh_token_after_the_grace_window_revokes_the_whole_session_and_is_recorded() {
        IssuedTokens refreshed = ((RefreshSession.Result.Refreshed) refresh(login.refreshToken())).tokens();
        fixture.clock.advance(RefreshSession.DEFAULT_GRACE);

        assertThat(refresh(login.refreshToken())).isEqualTo(new RefreshSession.Result.Refused());

        assertThat(refresh(refreshed.refreshToken())).as("the newest token of the family is revoked too")
                .isEqualTo(new RefreshSession.Result.Refused());
        assertThat(authenticates(refreshed)).as("the session's access tokens stop working at once").isFalse();
        assertThat(fixture.securityEvents.ofAccount(sam.id(), 1)).extracting(SecurityEvent::type)
                .containsExactly(SecurityEventType.REFRESH_TOKEN_REUSE_DETECTED);
    }

    @Test
    void the_same_token_presented_again_within_ten_seconds_gets_the_same_new_refresh_token_and_keeps_the_session() {
        IssuedTokens first = ((RefreshSession.Result.Refreshed) refresh(login.refreshToken())).tokens();
        fixture.clock.advance(Duration.ofSeconds(9));

        IssuedTokens second = ((RefreshSession.Result.Refreshed) refresh(login.refreshToken())).tokens();

        assertThat(second.refreshToken()).isEqualTo(first.refreshToken());
        assertThat(second.session()).isEqualTo(login.session());
        assertThat(authenticates(first)).isTrue();
        assertThat(authenticates(second)).isTrue();
        assertThat(refresh(first.refreshToken())).as("the shared new token rotates as usual")
                .isInstanceOf(RefreshSession.Result.Refreshed.class);
        assertThat(fixture.securityEvents.ofAccount(sam.id(), 5)).extracting(SecurityEvent::type)
                .doesNotContain(SecurityEventType.REFRESH_TOKEN_REUSE_DETECTED);
    }

    @Test
    void a_token_older_than_the_newest_but_one_is_a_reuse_even_within_the_grace_window() {
        IssuedTokens first = ((RefreshSession.Result.Refreshed) refresh(login.refreshToken())).tokens();
        refresh(first.refreshToken());

        assertThat(refresh(login.refreshToken())).isEqualTo(new RefreshSession.Result.Refused());
        assertThat(fixture.securityEvents.ofAccount(sam.id(), 1)).extracting(SecurityEvent::type)
                .containsExactly(SecurityEventType.REFRESH_TOKEN_REUSE_DETECTED);
    }

    @Test
    void reuse_in_one_session_leaves_the_accounts_other_sessions_alone() {
        IssuedTokens otherDevice = ((LogIn.Result.LoggedIn) fixture.core.identity().logIn()
                .logIn(new LogIn.Command("sam@example.org", PASSWORD), ORIGIN)).tokens();
        refresh(login.refreshToken());
        fixture.clock.advance(Duration.ofSeconds(11));
        refresh(login.refreshToken());

        assertThat(authenticates(otherDevice)).isTrue();
        assertThat(refresh(otherDevice.refreshToken())).isInstanceOf(RefreshSession.Result.Refreshed.class);
    }

    @Test
    void logging_out_ends_the_session_for_its_access_and_refresh_tokens_at_once() {
        Caller caller = fixture.core.identity().authenticateAccessToken().authenticate(login.accessToken().token()).orElseThrow();

        fixture.core.identity().logOut().logOut(caller, ORIGIN);

        assertThat(authenticates(login)).isFalse();
        assertThat(refresh(login.refreshToken())).isEqualTo(new RefreshSession.Result.Refused());
        assertThat(fixture.securityEvents.ofAccount(sam.id(), 1)).extracting(SecurityEvent::type)
                .containsExactly(SecurityEventType.LOGGED_OUT);
    }

    @Test
    void a_refresh_token_does_not_outlive_its_session() {
        fixture.clock.advance(Duration.ofHours(24));

        assertThat(refresh(login.refreshToken())).isEqualTo(new RefreshSession.Result.Refused());
    }

    @Test
    void an_unknown_refresh_token_is_refused() {
        assertThat(refresh("made-up")).isEqualTo(new RefreshSession.Result.Refused());
    }
}
