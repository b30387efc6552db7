package org.tdah.assistant.application.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.login.LogIn;
import org.tdah.assistant.application.identity.registration.RegisterAccount;
import org.tdah.assistant.application.identity.sessions.EndSession;
import org.tdah.assistant.application.identity.sessions.ListSessions;
import org.tdah.assistant.application.identity.tokens.RefreshSession;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.SessionId;
import org.tdah.assistant.testkit.InMemoryCore;

class SessionManagementTest {
    private static final String PASSWORD = "correct horse battery staple";
    private final InMemoryCore fixture = new InMemoryCore();

    @BeforeEach
    void registerSamAndAlex() {
        fixture.core.identity().registerAccount().register(RegisterAccount.Command.of("sam@example.org", PASSWORD, "Sam"), InMemoryCore.ORIGIN);
        fixture.core.identity().registerAccount().register(RegisterAccount.Command.of("alex@example.org", PASSWORD, "Alex"), InMemoryCore.ORIGIN);
    }

    private IssuedTokens logIn(String email, String userAgent) {
        fixture.clock.advance(Duration.ofSeconds(1));
        return ((LogIn.Result.LoggedIn) fixture.core.identity().logIn().logIn(new LogIn.Command(email, PASSWORD),
                new RequestOrigin("203.0.113.7", userAgent, "req"))).tokens();
    }

    private Caller caller(IssuedTokens tokens) {
        return fixture.core.identity().authenticateAccessToken().authenticate(tokens.accessToken().token()).orElseThrow();
    }

    @Test
    void sessions_are_listed_oldest_first_with_their_device_and_the_current_one_marked() {
        IssuedTokens laptop = logIn("sam@example.org", "Mozilla/5.0 (X11; Linux x86_64) Gecko/20100101 Firefox/133.0");
        IssuedTokens phone = logIn("sam@example.org", "Mozilla/5.0 (iPhone; CPU iPhone OS 18_1) Version/18.1 Safari/604.1");

        List<ListSessions.SessionView> sessions = fixture.core.identity().listSessions().list(caller(phone));

        assertThat(sessions).extracting(view -> view.session().deviceLabel())
                .containsExactly("Firefox on Linux", "Safari on iPhone");
        assertThat(sessions).extracting(ListSessions.SessionView::current).containsExactly(false, true);
        assertThat(sessions.get(0).session().id()).isEqualTo(laptop.session());
    }

    @Test
    void the_sixth_login_ends_the_oldest_session_and_tells_the_owner_by_email() {
        List<IssuedTokens> logins = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            logins.add(logIn("sam@example.org", "device-" + i));
        }

        assertThat(fixture.core.identity().authenticateAccessToken().authenticate(logins.get(0).accessToken().token())).isEmpty();
        assertThat(fixture.core.identity().refreshSession().refresh(new RefreshSession.Command(logins.get(0).refreshToken()),
                InMemoryCore.ORIGIN)).isEqualTo(new RefreshSession.Result.Refused());
        assertThat(fixture.core.identity().listSessions().list(caller(logins.get(5)))).hasSize(5);
        assertThat(fixture.emailsQueued()).last().satisfies(email -> {
            assertThat(email.subject()).isEqualTo("A new login ended an older one");
            assertThat(email.textBody()).contains("device-5").contains("device-0");
        });
        assertThat(fixture.securityEvents.all()).extracting(SecurityEvent::type).contains(SecurityEventType.SESSION_EVICTED);
    }

    @Test
    void ending_one_session_stops_it_at_once_and_someone_elses_session_is_not_found() {
        IssuedTokens laptop = logIn("sam@example.org", "laptop");
        IssuedTokens phone = logIn("sam@example.org", "phone");
        IssuedTokens alex = logIn("alex@example.org", "alex");

        assertThat(fixture.core.identity().endSession().end(caller(laptop), alex.session(), InMemoryCore.ORIGIN)).isEqualTo(new EndSession.Result.NoSuchSession());
        assertThat(fixture.core.identity().endSession().end(caller(laptop), new SessionId("made-up"), InMemoryCore.ORIGIN)).isEqualTo(new EndSession.Result.NoSuchSession());
        assertThat(fixture.core.identity().endSession().end(caller(laptop), phone.session(), InMemoryCore.ORIGIN)).isEqualTo(new EndSession.Result.Ended());

        assertThat(fixture.core.identity().authenticateAccessToken().authenticate(phone.accessToken().token())).isEmpty();
        assertThat(fixture.core.identity().authenticateAccessToken().authenticate(alex.accessToken().token())).isPresent();
    }

    @Test
    void ending_the_other_sessions_keeps_the_current_one() {
        IssuedTokens laptop = logIn("sam@example.org", "laptop");
        IssuedTokens phone = logIn("sam@example.org", "phone");

        fixture.core.identity().endOtherSessions().endOthers(caller(laptop), InMemoryCore.ORIGIN);

        assertThat(fixture.core.identity().authenticateAccessToken().authenticate(laptop.accessToken().token())).isPresent();
        assertThat(fixture.core.identity().authenticateAccessToken().authenticate(phone.accessToken().token())).isEmpty();
    }

    @Test
    void a_session_unused_for_thirty_minutes_ends_and_a_used_one_lasts_up_to_a_day() {
        IssuedTokens idle = logIn("sam@example.org", "idle");
        IssuedTokens busy = logIn("sam@example.org", "busy");

        for (int i = 0; i < 49; i++) {
            fixture.clock.advance(Duration.ofMinutes(29));
            IssuedTokens refreshed = ((RefreshSession.Result.Refreshed) fixture.core.identity().refreshSession()
                    .refresh(new RefreshSession.Command(busy.refreshToken()), InMemoryCore.ORIGIN)).tokens();
            busy = refreshed;
        }

        assertThat(fixture.core.identity().refreshSession().refresh(new RefreshSession.Command(idle.refreshToken()), InMemoryCore.ORIGIN))
                .isEqualTo(new RefreshSession.Result.Refused());
        fixture.clock.advance(Duration.ofMinutes(29));
        assertThat(fixture.core.identity().refreshSession().refresh(new RefreshSession.Command(busy.refreshToken()), InMemoryCore.ORIGIN))
                .as("24 hours after login").isEqualTo(new RefreshSession.Result.Refused());
    }
}
