package org.tdah.assistant.application.audit.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.access.PermissionDecision;
import org.tdah.assistant.application.access.port.DecisionLog;
import org.tdah.assistant.application.audit.AuditEntry;
import org.tdah.assistant.application.audit.AuditFilter;
import org.tdah.assistant.application.audit.AuditPosition;
import org.tdah.assistant.application.identity.SecurityEvent;
import org.tdah.assistant.application.identity.port.SecurityEvents;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.audit.AuditCategory;
import org.tdah.assistant.domain.audit.Decision;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.SecurityEventType;

/**
 * What every audit trail must do: the security events and decisions written through their own
 * ports come back through {@link AuditEntries}, filtered, newest first, paged without repeats or
 * gaps, and pruned by age.
 */
public abstract class AuditEntriesContract {
    private static final Instant T0 = Instant.parse("2026-12-01T09:00:00Z");
    private static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.7", "Mozilla/5.0 (Üñíçødé)", "req-7");
    private static final AccountId ANA = new AccountId("ana");
    private static final AccountId BOB = new AccountId("bob");
    private static final AccountId ADMIN = new AccountId("admin");

    /** The writing ports of one trail, a way to wait for buffered writes, and its reading port. */
    public record Trail(SecurityEvents securityEvents, DecisionLog decisions, Runnable flush, AuditEntries entries) {}

    private Trail trail;

    protected abstract Trail newTrail();

    @BeforeEach
    void setUpTrail() {
        trail = newTrail();
    }

    private void security(SecurityEventType type, AccountId account, int second) {
        trail.securityEvents().record(new SecurityEvent(type, account, ORIGIN, T0.plusSeconds(second)));
    }

    private void decision(AccountId actor, String permission, Decision outcome, int second) {
        trail.decisions().record(new PermissionDecision(actor, new Permission(permission), "GET /api/v1/admin/roles",
                outcome, ORIGIN, T0.plusSeconds(second)));
    }

    private List<AuditEntry> find(AuditFilter filter) {
        trail.flush().run();
        return trail.entries().find(filter, Optional.empty(), 100);
    }

    private static AuditFilter filter(Optional<AccountId> actor, Optional<AccountId> subject, Optional<String> action,
            Optional<Decision> decision, Set<AuditCategory> categories, Optional<Instant> from, Optional<Instant> to) {
        return new AuditFilter(actor, subject, action, decision, categories, from, to);
    }

    @Test
    void every_kind_of_entry_comes_back_newest_first_with_every_field() {
        security(SecurityEventType.LOGIN_SUCCEEDED, ANA, 1);
        decision(ANA, "user:manage", Decision.DENY, 2);
        trail.securityEvents().record(new SecurityEvent(SecurityEventType.ROLES_CHANGED, BOB, ADMIN, ORIGIN,
                T0.plusSeconds(3)));
        decision(null, "audit:read", Decision.DENY, 4);

        List<AuditEntry> entries = find(AuditFilter.EVERYTHING);

        assertThat(entries).extracting(AuditEntry::action)
                .containsExactly("audit:read", "roles-changed", "user:manage", "login-succeeded");
        assertThat(entries.get(0).actor()).isNull();
        assertThat(entries.get(1)).satisfies(changed -> {
            assertThat(changed.category()).isEqualTo(AuditCategory.ADMINISTRATION);
            assertThat(changed.actor()).isEqualTo(ADMIN);
            assertThat(changed.subject()).isEqualTo(BOB);
            assertThat(changed.decision()).isNull();
        });
        assertThat(entries.get(2)).satisfies(denied -> {
            assertThat(denied.category()).isEqualTo(AuditCategory.DECISION);
            assertThat(denied.actor()).isEqualTo(ANA);
            assertThat(denied.subject()).isNull();
            assertThat(denied.resource()).isEqualTo("GET /api/v1/admin/roles");
            assertThat(denied.decision()).isEqualTo(Decision.DENY);
            assertThat(denied.origin()).isEqualTo(ORIGIN);
            assertThat(denied.at()).isEqualTo(T0.plusSeconds(2));
        });
        assertThat(entries.get(3)).satisfies(login -> {
            assertThat(login.category()).isEqualTo(AuditCategory.SECURITY);
            assertThat(login.actor()).isEqualTo(ANA);
            assertThat(login.subject()).isEqualTo(ANA);
        });
    }

    @Test
    void each_criterion_narrows_the_entries_and_the_time_range_is_from_inclusive_to_exclusive() {
        security(SecurityEventType.LOGIN_FAILED, ANA, 1);
        security(SecurityEventType.LOGIN_SUCCEEDED, BOB, 2);
        decision(ANA, "user:manage", Decision.DENY, 3);
        decision(BOB, "profile:read", Decision.ALLOW, 4);
        trail.securityEvents().record(new SecurityEvent(SecurityEventType.ACCOUNT_DISABLED, ANA, ADMIN, ORIGIN,
                T0.plusSeconds(5)));
        Optional<AccountId> none = Optional.empty();

        assertThat(find(filter(Optional.of(ANA), none, Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
                Optional.empty()))).extracting(AuditEntry::action).containsExactly("user:manage", "login-failed");
        assertThat(find(filter(none, Optional.of(ANA), Optional.empty(), Optional.empty(), Set.of(), Optional.empty(),
                Optional.empty()))).extracting(AuditEntry::action).containsExactly("account-disabled", "login-failed");
        assertThat(find(filter(none, none, Optional.of("profile:read"), Optional.empty(), Set.of(), Optional.empty(),
                Optional.empty()))).extracting(AuditEntry::actor).containsExactly(BOB);
        assertThat(find(filter(none, none, Optional.empty(), Optional.of(Decision.DENY), Set.of(), Optional.empty(),
                Optional.empty()))).extracting(AuditEntry::action).containsExactly("user:manage");
        assertThat(find(filter(none, none, Optional.empty(), Optional.empty(),
                Set.of(AuditCategory.SECURITY, AuditCategory.ADMINISTRATION), Optional.empty(), Optional.empty())))
                .extracting(AuditEntry::action).containsExactly("account-disabled", "login-succeeded", "login-failed");
        assertThat(find(filter(none, none, Optional.empty(), Optional.empty(), Set.of(),
                Optional.of(T0.plusSeconds(2)), Optional.of(T0.plusSeconds(4)))))
                .extracting(AuditEntry::action).containsExactly("user:manage", "login-succeeded");
        assertThat(find(AuditFilter.activityOf(BOB))).extracting(AuditEntry::action).containsExactly("login-succeeded");
    }

    @Test
    void pages_resume_after_their_last_entry_without_repeats_or_gaps_while_entries_of_the_same_instant_arrive() {
        for (int i = 0; i < 7; i++) {
            decision(ANA, "profile:read", Decision.ALLOW, i / 2);
        }
        trail.flush().run();
        List<AuditEntry> seen = new ArrayList<>();
        Optional<AuditPosition> after = Optional.empty();
        int pages = 0;
        while (true) {
            List<AuditEntry> page = trail.entries().find(AuditFilter.EVERYTHING, after, 3);
            seen.addAll(page);
            pages++;
            if (pages == 1) {
                decision(ANA, "profile:write", Decision.ALLOW, 3);
                decision(ANA, "profile:write", Decision.ALLOW, 0);
                trail.flush().run();
            }
            if (page.size() < 3) {
                break;
            }
            after = Optional.of(page.get(page.size() - 1).position());
        }

        assertThat(seen).extracting(AuditEntry::position).doesNotHaveDuplicates();
        assertThat(seen).extracting(AuditEntry::at).isSortedAccordingTo(java.util.Comparator.reverseOrder());
        assertThat(seen).filteredOn(entry -> entry.action().equals("profile:read")).hasSize(7);
        assertThat(seen).filteredOn(entry -> entry.action().equals("profile:write"))
                .as("what arrived behind the reader is read; what arrived ahead of it is for a new reading")
                .extracting(AuditEntry::at).containsExactly(T0);
    }

    @Test
    void pruning_deletes_exactly_what_is_older_than_the_cutoff() {
        security(SecurityEventType.LOGIN_FAILED, ANA, 0);
        decision(ANA, "user:manage", Decision.DENY, 1);
        security(SecurityEventType.LOGIN_SUCCEEDED, ANA, 2);
        decision(ANA, "profile:read", Decision.ALLOW, 3);
        trail.flush().run();

        assertThat(trail.entries().deleteOlderThan(T0.plusSeconds(2))).isEqualTo(2);

        assertThat(find(AuditFilter.EVERYTHING)).extracting(AuditEntry::action)
                .containsExactly("profile:read", "login-succeeded");
    }
}
