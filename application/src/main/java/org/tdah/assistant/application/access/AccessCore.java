package org.tdah.assistant.application.access;

import java.time.Clock;
import java.util.Objects;
import org.tdah.assistant.application.access.administration.DisableAccount;
import org.tdah.assistant.application.access.administration.EnableAccount;
import org.tdah.assistant.application.access.administration.ResetSecondFactors;
import org.tdah.assistant.application.access.administration.SearchAccounts;
import org.tdah.assistant.application.access.administration.ViewAccount;
import org.tdah.assistant.application.access.port.AccountRoles;
import org.tdah.assistant.application.access.port.DecisionLog;
import org.tdah.assistant.application.access.port.RolePermissions;
import org.tdah.assistant.application.access.support.AdministrationEmails;
import org.tdah.assistant.application.access.support.AdministrativeChanges;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.BackupCodes;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.application.identity.port.SecondFactors;
import org.tdah.assistant.application.identity.port.SecurityEvents;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.identity.port.TotpCredentials;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.shared.port.Transactions;

/**
 * The composition root of the access context (roles, permissions, grants, the check of each guarded
 * request, the administration of accounts). Built with plain {@code new} from its out-ports; the
 * identity ports it uses (to end the sessions of an account whose roles changed, to disable an
 * account, to see or reset its second factors) are the same instances the identity context uses,
 * and its decisions go to its {@link DecisionLog}, which the audit trail stores.
 */
public final class AccessCore {

    /** Every out-port the access context needs, and the clock it reads time from. */
    public record OutPorts(RolePermissions rolePermissions, AccountRoles accountRoles, Accounts accounts,
            Sessions sessions, RefreshTokens refreshTokens, SecondFactors secondFactors, TotpCredentials totpCredentials,
            BackupCodes backupCodes, Phones phones, SecurityEvents securityEvents, EmailOutbox emailOutbox,
            Transactions transactions, Ids ids, DecisionLog decisions, Clock clock) {
        public OutPorts {
            Objects.requireNonNull(accounts, "accounts");
            Objects.requireNonNull(totpCredentials, "totpCredentials");
            Objects.requireNonNull(backupCodes, "backupCodes");
            Objects.requireNonNull(phones, "phones");
            Objects.requireNonNull(securityEvents, "securityEvents");
            Objects.requireNonNull(emailOutbox, "emailOutbox");
            Objects.requireNonNull(transactions, "transactions");
            Objects.requireNonNull(ids, "ids");
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
    private final SearchAccounts searchAccounts;
    private final ViewAccount viewAccount;
    private final DisableAccount disableAccount;
    private final EnableAccount enableAccount;
    private final ResetSecondFactors resetSecondFactors;

    public AccessCore(OutPorts ports) {
        effectivePermissions = new EffectivePermissions(ports.rolePermissions());
        listRoles = new ListRoles(effectivePermissions);
        AdministrativeChanges changes = new AdministrativeChanges(ports.accounts(), ports.transactions(),
                ports.securityEvents(), ports.sessions(), ports.refreshTokens(), ports.clock());
        setAccountRoles = new SetAccountRoles(ports.accountRoles(), effectivePermissions, changes);
        searchAccounts = new SearchAccounts(ports.accounts(), effectivePermissions);
        viewAccount = new ViewAccount(ports.accounts(), ports.secondFactors(), effectivePermissions);
        disableAccount = new DisableAccount(ports.accounts(), effectivePermissions, changes, ports.clock());
        enableAccount = new EnableAccount(ports.accounts(), effectivePermissions, changes, ports.transactions());
        resetSecondFactors = new ResetSecondFactors(ports.accounts(), ports.totpCredentials(), ports.backupCodes(),
                ports.phones(), ports.emailOutbox(), new AdministrationEmails(ports.ids()), effectivePermissions, changes,
                ports.transactions(), ports.clock());
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

    public SearchAccounts searchAccounts() {
        return searchAccounts;
    }

    public ViewAccount viewAccount() {
        return viewAccount;
    }

    public DisableAccount disableAccount() {
        return disableAccount;
    }

    public EnableAccount enableAccount() {
        return enableAccount;
    }

    public ResetSecondFactors resetSecondFactors() {
        return resetSecondFactors;
    }
}
