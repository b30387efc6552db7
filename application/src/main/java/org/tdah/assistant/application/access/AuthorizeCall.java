package org.tdah.assistant.application.access;

import java.time.Clock;
import java.util.Set;
import org.tdah.assistant.application.access.port.DecisionLog;
import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.port.SecondFactors;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.access.Permission;
import org.tdah.assistant.domain.access.Role;
import org.tdah.assistant.domain.audit.Decision;

/**
 * The permission check of a guarded request, and its record in the audit trail, allowed or not. A
 * permission that only administrators hold also needs a second factor on the caller's account
 * (ASVS 4.3.1): an administrator without one is refused until they enrol, which stays possible.
 */
public final class AuthorizeCall {

    /** The outcome: exhaustive {@code switch}es on it stop compiling when one is added. */
    public enum Verdict {
        ALLOWED,
        /** Nobody is signed in, or the caller's roles do not hold the permission. */
        DENIED,
        /** The roles hold it, but it is an administrator's and the account has no second factor. */
        SECOND_FACTOR_REQUIRED
    }

    private final EffectivePermissions effectivePermissions;
    private final SecondFactors secondFactors;
    private final DecisionLog decisions;
    private final Clock clock;

    AuthorizeCall(EffectivePermissions effectivePermissions, SecondFactors secondFactors, DecisionLog decisions,
            Clock clock) {
        this.effectivePermissions = effectivePermissions;
        this.secondFactors = secondFactors;
        this.decisions = decisions;
        this.clock = clock;
    }

    /**
     * Decides whether {@code caller} (null when nobody is signed in) may use {@code permission} on
     * {@code resource}, and records the decision.
     */
    public Verdict authorize(Caller caller, Permission permission, String resource, RequestOrigin origin) {
        Verdict verdict = verdictFor(caller, permission);
        decisions.record(new PermissionDecision(caller == null ? null : caller.accountId(), permission, resource,
                verdict == Verdict.ALLOWED ? Decision.ALLOW : Decision.DENY, origin, clock.instant()));
        return verdict;
    }

    private Verdict verdictFor(Caller caller, Permission permission) {
        if (caller == null || !effectivePermissions.allows(caller.roles(), permission)) {
            return Verdict.DENIED;
        }
        if (administratorsOnly(permission)) {
            SecondFactors.Status status = secondFactors.of(caller.accountId());
            if (!status.totpEnabled() && !status.smsEnabled()) {
                return Verdict.SECOND_FACTOR_REQUIRED;
            }
        }
        return Verdict.ALLOWED;
    }

    private boolean administratorsOnly(Permission permission) {
        return !effectivePermissions.allows(Set.of(Role.PREMIUM), permission);
    }
}
