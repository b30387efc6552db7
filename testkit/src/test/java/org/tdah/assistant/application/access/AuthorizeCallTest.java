package org.tdah.assistant.application.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.access.AuthorizeCall.Verdict;
import org.tdah.assistant.application.audit.AuditEntry;
import org.tdah.assistant.application.audit.AuditFilter;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.audit.Decision;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SessionId;
import org.tdah.assistant.testkit.InMemoryCore;

class AuthorizeCallTest {
    private static final String RESOURCE = "GET /api/v1/admin/audit";

    private final InMemoryCore fixture = new InMemoryCore();

    private Caller caller(String id, Role... roles) {
        return new Caller(new AccountId(id), new SessionId("session-" + id), Set.of(roles), fixture.clock.instant());
    }

    private Verdict authorize(Caller caller, String permission) {
        return fixture.core.access().authorizeCall().authorize(caller, new Permission(permission), RESOURCE,
                InMemoryCore.ORIGIN);
    }

    private List<AuditEntry> decisions() {
        return fixture.auditTrail.find(AuditFilter.EVERYTHING, Optional.empty(), 100);
    }

    private void enrolAuthenticator(Caller caller) {
        fixture.totpCredentials.savePending(caller.accountId(), "secret", fixture.clock.instant());
        fixture.totpCredentials.confirm(caller.accountId(), 1, fixture.clock.instant());
    }

    @Test
    void a_permission_of_the_callers_roles_or_of_a_role_below_is_allowed_and_recorded() {
        Caller premium = caller("pia", Role.USER, Role.PREMIUM);

        assertThat(authorize(premium, "phone-number:provision")).isEqualTo(Verdict.ALLOWED);
        assertThat(authorize(premium, "task:write")).as("inherited from user").isEqualTo(Verdict.ALLOWED);

        assertThat(decisions()).hasSize(2).allSatisfy(entry -> {
            assertThat(entry.decision()).isEqualTo(Decision.ALLOW);
            assertThat(entry.actor()).isEqualTo(premium.accountId());
            assertThat(entry.resource()).isEqualTo(RESOURCE);
            assertThat(entry.origin()).isEqualTo(InMemoryCore.ORIGIN);
            assertThat(entry.at()).isEqualTo(fixture.clock.instant());
        });
        assertThat(decisions()).extracting(AuditEntry::action).containsExactly("task:write", "phone-number:provision");
    }

    @Test
    void a_permission_beyond_the_callers_roles_or_nobody_signed_in_is_denied_and_recorded() {
        assertThat(authorize(caller("ana", Role.USER), "phone-number:provision")).isEqualTo(Verdict.DENIED);
        assertThat(authorize(null, "profile:read")).isEqualTo(Verdict.DENIED);

        assertThat(decisions()).extracting(AuditEntry::decision).containsExactly(Decision.DENY, Decision.DENY);
        assertThat(decisions().get(0).actor()).isNull();
        assertThat(decisions().get(1).actor()).isEqualTo(new AccountId("ana"));
    }

    @Test
    void an_administrator_without_a_second_factor_is_refused_administration_until_enrolling() {
        Caller admin = caller("root", Role.USER, Role.ADMINISTRATOR);

        assertThat(authorize(admin, "audit:read")).isEqualTo(Verdict.SECOND_FACTOR_REQUIRED);
        assertThat(authorize(admin, "profile:read")).as("their own profile needs no second factor")
                .isEqualTo(Verdict.ALLOWED);
        enrolAuthenticator(admin);
        assertThat(authorize(admin, "audit:read")).isEqualTo(Verdict.ALLOWED);

        assertThat(decisions()).extracting(AuditEntry::decision)
                .containsExactly(Decision.ALLOW, Decision.ALLOW, Decision.DENY);
    }
}
