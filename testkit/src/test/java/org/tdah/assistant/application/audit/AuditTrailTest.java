package org.tdah.assistant.application.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.SecurityEvent;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SecurityEventType;
import org.tdah.assistant.domain.identity.SessionId;
import org.tdah.assistant.domain.shared.PageLimit;
import org.tdah.assistant.testkit.InMemoryCore;

/** Reading the trail: administrators see it all, a person only their own history, and age prunes it. */
class AuditTrailTest {
    private final InMemoryCore fixture = new InMemoryCore();
    private final Caller ana = caller("ana", Role.USER);
    private final Caller bob = caller("bob", Role.USER);
    private final Caller admin = caller("root", Role.USER, Role.ADMINISTRATOR);

    private Caller caller(String id, Role... roles) {
        return new Caller(new AccountId(id), new SessionId("session-" + id), Set.of(roles), fixture.clock.instant());
    }

    private void event(SecurityEventType type, Caller account) {
        fixture.securityEvents.record(new SecurityEvent(type, account.accountId(), InMemoryCore.ORIGIN,
                fixture.clock.instant()));
        fixture.clock.advance(Duration.ofSeconds(1));
    }

    private void decide(Caller caller, String permission) {
        fixture.core.access().authorizeCall().authorize(caller, new Permission(permission), "GET /api/v1/x",
                InMemoryCore.ORIGIN);
        fixture.clock.advance(Duration.ofSeconds(1));
    }

    @Test
    void a_person_sees_their_own_security_events_and_administrators_changes_to_them_but_no_decision_and_nobody_elses() {
        event(SecurityEventType.LOGIN_SUCCEEDED, ana);
        event(SecurityEventType.LOGIN_FAILED, bob);
        decide(ana, "user:manage");
        fixture.securityEvents.record(new SecurityEvent(SecurityEventType.ROLES_CHANGED, ana.accountId(),
                admin.accountId(), InMemoryCore.ORIGIN, fixture.clock.instant()));
        event(SecurityEventType.PASSWORD_CHANGED, ana);

        AuditPage page = fixture.core.audit().viewOwnActivity().of(ana, Optional.empty(), PageLimit.of(null));

        assertThat(page.items()).extracting(AuditEntry::action)
                .containsExactly("password-changed", "roles-changed", "login-succeeded");
        assertThat(page.next()).isEmpty();
    }

    @Test
    void activity_pages_follow_one_another_to_the_end() {
        for (int i = 0; i < 5; i++) {
            event(SecurityEventType.LOGIN_SUCCEEDED, ana);
        }
        List<AuditEntry> seen = new ArrayList<>();
        Optional<AuditPosition> after = Optional.empty();
        do {
            AuditPage page = fixture.core.audit().viewOwnActivity().of(ana, after, new PageLimit(2));
            seen.addAll(page.items());
            after = page.next();
        } while (after.isPresent());

        assertThat(seen).hasSize(5).extracting(AuditEntry::position).doesNotHaveDuplicates();
    }

    @Test
    void only_a_caller_allowed_audit_read_searches_the_whole_trail() {
        decide(bob, "user:manage");

        assertThat(fixture.core.audit().searchAuditTrail().search(ana, AuditFilter.EVERYTHING, Optional.empty(),
                PageLimit.of(null))).isInstanceOf(SearchAuditTrail.Result.NotAllowed.class);
        SearchAuditTrail.Result found = fixture.core.audit().searchAuditTrail().search(admin, AuditFilter.EVERYTHING,
                Optional.empty(), PageLimit.of(null));
        assertThat(((SearchAuditTrail.Result.Found) found).page().items()).extracting(AuditEntry::actor)
                .containsExactly(bob.accountId());
    }

    @Test
    void pruning_keeps_the_retention_period_and_deletes_what_is_older() {
        event(SecurityEventType.LOGIN_SUCCEEDED, ana);
        decide(ana, "profile:read");
        fixture.clock.advance(Duration.ofDays(365).minusSeconds(2));
        event(SecurityEventType.LOGIN_FAILED, ana);

        assertThat(fixture.core.audit().pruneAuditTrail().prune()).isEqualTo(1);

        assertThat(fixture.auditTrail.find(AuditFilter.EVERYTHING, Optional.empty(), 10)).extracting(AuditEntry::action)
                .containsExactly("login-failed", "profile:read");
    }
}
