package org.tdah.assistant.application.access;

import java.time.Clock;
import java.util.Objects;
import org.tdah.assistant.application.access.port.AccountRoles;
import org.tdah.assistant.application.access.port.DecisionLog;
import org.tdah.assistant.application.access.port.RolePermissions;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.application.identity.port.SecondFactors;
import org.tdah.assistant.application.identity.port.Sessions;

/**
 * The composition root of the access context (roles, permissions, grants, the check of each guarded
 * request). Built with plain {@code new} from its out-ports; the identity ports it uses (to end the
 * sessions of an account whose roles changed, to see its second factors) are the same instances the
 * identity context uses; its decisions go to its {@link DecisionLog}, which the audit trail stores.
 */
public final class AccessCore {

    /** Every out-port the access context needs, and the clock it reads time from. */
    public record OutPorts(RolePermissions rolePermissions, AccountRoles accountRoles, Sessions sessions,
            RefreshTokens refreshTokens, SecondFactors secondFactors, DecisionLog decisions, Clock clock) {
        public OutPorts {
            Objects.requireNonNull(rolePermissions, "rolePermissions");
            Objects.requireNonNull(accountRoles, "accountRoles");
            Objects.requireNonNull(sessions, "sessions");
            Objects.requireNonNull(refreshTokens, "refreshTokens");
            Objects.requireNonNull(secondFactors, "secondFactors");
            Objects.requireNonNull(decisions, "decisions");
            Objects.requireNonNull(clock, "clock");
        }
    }

    private final EffectivePermissions effectivePermissions;
    private final ListRoles listRoles;
    private final SetAccountRoles setAccountRoles;
    private final AuthorizeCall authorizeCall;

    public AccessCore(OutPorts ports) {
        effectivePermissions = new EffectivePermissions(ports.rolePermissions());
        listRoles = new ListRoles(effectivePermissions);
        setAccountRoles = new SetAccountRoles(ports.accountRoles(), effectivePermissions, ports.sessions(),
                ports.refreshTokens(), ports.clock());
        authorizeCall = new AuthorizeCall(effectivePermissions, ports.secondFactors(), ports.decisions(), ports.clock());
    }

    public EffectivePermissions effectivePermissions() {
        return effectivePermissions;
    }

    public ListRoles listRoles() {
        return listRoles;
    }

    public SetAccountRoles setAccountRoles() {
        return setAccountRoles;
    }

    public AuthorizeCall authorizeCall() {
        return authorizeCall;
    }
}
