package org.tdah.assistant.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.tdah.assistant.application.identity.AuditTrail;
import org.tdah.assistant.application.identity.AuthenticateAccessToken;
import org.tdah.assistant.application.identity.ChangePassword;
import org.tdah.assistant.application.identity.IdentityEmails;
import org.tdah.assistant.application.identity.IdentityServices;
import org.tdah.assistant.application.identity.LogIn;
import org.tdah.assistant.application.identity.LogOut;
import org.tdah.assistant.application.identity.ManagePhone;
import org.tdah.assistant.application.identity.ManageSessions;
import org.tdah.assistant.application.identity.ManageTotp;
import org.tdah.assistant.application.identity.PasswordRules;
import org.tdah.assistant.application.identity.PublishSigningKeys;
import org.tdah.assistant.application.identity.Reauthenticate;
import org.tdah.assistant.application.identity.RefreshSession;
import org.tdah.assistant.application.identity.RegisterAccount;
import org.tdah.assistant.application.identity.RequestPasswordReset;
import org.tdah.assistant.application.identity.ResendVerificationEmail;
import org.tdah.assistant.application.identity.ResetPassword;
import org.tdah.assistant.application.identity.RotateSigningKey;
import org.tdah.assistant.application.identity.SendSmsCode;
import org.tdah.assistant.application.identity.SessionPolicy;
import org.tdah.assistant.application.identity.SessionTokens;
import org.tdah.assistant.application.identity.VerifyEmail;
import org.tdah.assistant.application.identity.VerifyMfa;
import org.tdah.assistant.application.identity.ViewOwnAccount;
import org.tdah.assistant.application.identity.port.AccessTokens;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.BackupCodes;
import org.tdah.assistant.application.identity.port.OneTimeTokens;
import org.tdah.assistant.application.identity.port.PasswordHasher;
import org.tdah.assistant.application.identity.port.PasswordStrengthMeter;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.application.identity.port.SecondFactors;
import org.tdah.assistant.application.identity.port.SecurityEvents;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.identity.port.SmsCodes;
import org.tdah.assistant.application.identity.port.TimeBasedCodes;
import org.tdah.assistant.application.identity.port.TotpCredentials;
import org.tdah.assistant.application.shared.DeliverPendingEmails;
import org.tdah.assistant.application.shared.RateLimiter;
import org.tdah.assistant.application.shared.port.AttemptCounters;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.shared.port.Mailbox;
import org.tdah.assistant.application.shared.port.Secrets;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.application.sms.port.TextMessages;

/**
 * The composition root of the core: built with plain {@code new} from implementations of the
 * out-ports, it exposes the use cases. The Dropwizard application builds it with the real
 * adapters; a JVM program embedding the assistant builds it with its own or the in-memory ones.
 */
public final class AssistantCore {

    /** Every out-port the core needs, and the clock it reads time from. */
    public record OutPorts(
            Accounts accounts,
            PasswordHasher passwordHasher,
            PasswordStrengthMeter passwordStrengthMeter,
            TimeBasedCodes timeBasedCodes,
            TotpCredentials totpCredentials,
            BackupCodes backupCodes,
            Phones phones,
            SecondFactors secondFactors,
            SmsCodes smsCodes,
            TextMessages textMessages,
            AccessTokens accessTokens,
            Sessions sessions,
            RefreshTokens refreshTokens,
            OneTimeTokens oneTimeTokens,
            SecurityEvents securityEvents,
            EmailOutbox emailOutbox,
            Mailbox mailbox,
            Transactions transactions,
            AttemptCounters attemptCounters,
            Secrets secrets,
            Ids ids,
            Clock clock) {
        public OutPorts {
            Objects.requireNonNull(accounts, "accounts");
            Objects.requireNonNull(passwordHasher, "passwordHasher");
            Objects.requireNonNull(passwordStrengthMeter, "passwordStrengthMeter");
            Objects.requireNonNull(timeBasedCodes, "timeBasedCodes");
            Objects.requireNonNull(totpCredentials, "totpCredentials");
            Objects.requireNonNull(backupCodes, "backupCodes");
            Objects.requireNonNull(phones, "phones");
            Objects.requireNonNull(secondFactors, "secondFactors");
            Objects.requireNonNull(smsCodes, "smsCodes");
            Objects.requireNonNull(textMessages, "textMessages");
            Objects.requireNonNull(accessTokens, "accessTokens");
            Objects.requireNonNull(sessions, "sessions");
            Objects.requireNonNull(refreshTokens, "refreshTokens");
            Objects.requireNonNull(oneTimeTokens, "oneTimeTokens");
            Objects.requireNonNull(securityEvents, "securityEvents");
            Objects.requireNonNull(emailOutbox, "emailOutbox");
            Objects.requireNonNull(mailbox, "mailbox");
            Objects.requireNonNull(transactions, "transactions");
            Objects.requireNonNull(attemptCounters, "attemptCounters");
            Objects.requireNonNull(secrets, "secrets");
            Objects.requireNonNull(ids, "ids");
            Objects.requireNonNull(clock, "clock");
        }
    }

    /** Rate limits of the endpoints where guessing or flooding is possible. */
    public record RateLimits(
            RateLimiter.Limit registrationsPerAddress,
            RateLimiter.Limit verificationsPerAddress,
            RateLimiter.Limit resendsPerAccount,
            RateLimiter.Limit resetRequestsPerAddress,
            RateLimiter.Limit resetRequestsPerEmail,
            RateLimiter.Limit resetsPerAddress) {
        public static final RateLimits DEFAULTS = new RateLimits(
                new RateLimiter.Limit("register", 10, Duration.ofHours(1)),
                new RateLimiter.Limit("verify-email", 20, Duration.ofMinutes(15)),
                new RateLimiter.Limit("resend-verification", 3, Duration.ofHours(1)),
                new RateLimiter.Limit("forgot-password-address", 10, Duration.ofHours(1)),
                new RateLimiter.Limit("forgot-password-email", 3, Duration.ofHours(1)),
                new RateLimiter.Limit("reset-password", 20, Duration.ofMinutes(15)));

        /** The same limits, each multiplied: for load tests and test suites that register many accounts. */
        public RateLimits scaledBy(int factor) {
            return new RateLimits(scale(registrationsPerAddress, factor), scale(verificationsPerAddress, factor),
                    scale(resendsPerAccount, factor), scale(resetRequestsPerAddress, factor),
                    scale(resetRequestsPerEmail, factor), scale(resetsPerAddress, factor));
        }

        private static RateLimiter.Limit scale(RateLimiter.Limit limit, int factor) {
            return new RateLimiter.Limit(limit.name(), limit.attempts() * factor, limit.window());
        }
    }

    /** Policies an operator may tune. */
    public record Settings(
            SessionPolicy sessions,
            String publicBaseUrl,
            RateLimits rateLimits,
            DeliverPendingEmails.RetryPolicy emailRetry,
            Duration refreshGrace) {
        public Settings {
            Objects.requireNonNull(sessions, "sessions");
            Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
            Objects.requireNonNull(rateLimits, "rateLimits");
            Objects.requireNonNull(emailRetry, "emailRetry");
            Objects.requireNonNull(refreshGrace, "refreshGrace");
        }

        /** With the default refresh grace window ({@link RefreshSession#DEFAULT_GRACE}). */
        public Settings(SessionPolicy sessions, String publicBaseUrl, RateLimits rateLimits,
                DeliverPendingEmails.RetryPolicy emailRetry) {
            this(sessions, publicBaseUrl, rateLimits, emailRetry, RefreshSession.DEFAULT_GRACE);
        }

        public static Settings defaults(String publicBaseUrl) {
            return new Settings(SessionPolicy.DEFAULT, publicBaseUrl, RateLimits.DEFAULTS,
                    DeliverPendingEmails.RetryPolicy.DEFAULT);
        }

        public Settings withRateLimits(RateLimits limits) {
            return new Settings(sessions, publicBaseUrl, limits, emailRetry, refreshGrace);
        }
    }

    private final RegisterAccount registerAccount;
    private final VerifyEmail verifyEmail;
    private final ResendVerificationEmail resendVerificationEmail;
    private final LogIn logIn;
    private final RefreshSession refreshSession;
    private final LogOut logOut;
    private final RequestPasswordReset requestPasswordReset;
    private final ResetPassword resetPassword;
    private final ChangePassword changePassword;
    private final AuthenticateAccessToken authenticateAccessToken;
    private final ManageSessions manageSessions;
    private final ViewOwnAccount viewOwnAccount;
    private final ManageTotp manageTotp;
    private final VerifyMfa verifyMfa;
    private final ManagePhone managePhone;
    private final SendSmsCode sendSmsCode;
    private final Reauthenticate reauthenticate;
    private final PublishSigningKeys publishSigningKeys;
    private final RotateSigningKey rotateSigningKey;
    private final DeliverPendingEmails deliverPendingEmails;

    public AssistantCore(OutPorts ports, Settings settings) {
        RateLimits limits = settings.rateLimits();
        IdentityEmails emails = new IdentityEmails(settings.publicBaseUrl(), ports.ids(), settings.sessions().maxPerAccount());
        AuditTrail audit = new AuditTrail(ports.securityEvents(), ports.clock());
        IdentityServices identity = new IdentityServices(
                ports.accounts(),
                ports.passwordHasher(),
                ports.timeBasedCodes(),
                ports.totpCredentials(),
                ports.backupCodes(),
                ports.phones(),
                ports.secondFactors(),
                ports.smsCodes(),
                ports.textMessages(),
                new PasswordRules(ports.passwordStrengthMeter()),
                ports.accessTokens(),
                new SessionTokens(ports.sessions(), ports.refreshTokens(), ports.accessTokens(), ports.emailOutbox(),
                        emails, audit, ports.secrets(), ports.ids(), ports.clock(), settings.sessions()),
                ports.sessions(),
                ports.refreshTokens(),
                ports.oneTimeTokens(),
                ports.emailOutbox(),
                emails,
                audit,
                ports.transactions(),
                ports.attemptCounters(),
                new RateLimiter(ports.attemptCounters(), ports.clock()),
                ports.secrets(),
                ports.ids(),
                ports.clock());
        this.registerAccount = new RegisterAccount(identity, limits.registrationsPerAddress());
        this.verifyEmail = new VerifyEmail(identity, limits.verificationsPerAddress());
        this.resendVerificationEmail = new ResendVerificationEmail(identity, limits.resendsPerAccount());
        this.logIn = new LogIn(identity);
        this.refreshSession = new RefreshSession(identity, settings.refreshGrace());
        this.logOut = new LogOut(identity);
        this.requestPasswordReset =
                new RequestPasswordReset(identity, limits.resetRequestsPerAddress(), limits.resetRequestsPerEmail());
        this.resetPassword = new ResetPassword(identity, limits.resetsPerAddress());
        this.changePassword = new ChangePassword(identity);
        this.authenticateAccessToken = new AuthenticateAccessToken(ports.accessTokens(), ports.sessions(), ports.clock());
        this.manageSessions = new ManageSessions(identity);
        this.viewOwnAccount = new ViewOwnAccount(identity);
        this.manageTotp = new ManageTotp(identity);
        this.verifyMfa = new VerifyMfa(identity);
        this.managePhone = new ManagePhone(identity);
        this.sendSmsCode = new SendSmsCode(identity);
        this.reauthenticate = new Reauthenticate(identity);
        this.publishSigningKeys = new PublishSigningKeys(ports.accessTokens());
        this.rotateSigningKey = new RotateSigningKey(ports.accessTokens(), identity.audit());
        this.deliverPendingEmails =
                new DeliverPendingEmails(ports.emailOutbox(), ports.mailbox(), ports.transactions(), ports.clock(),
                        settings.emailRetry());
    }

    public RegisterAccount registerAccount() {
        return registerAccount;
    }

    public VerifyEmail verifyEmail() {
        return verifyEmail;
    }

    public ResendVerificationEmail resendVerificationEmail() {
        return resendVerificationEmail;
    }

    public LogIn logIn() {
        return logIn;
    }

    public RefreshSession refreshSession() {
        return refreshSession;
    }

    public LogOut logOut() {
        return logOut;
    }

    public RequestPasswordReset requestPasswordReset() {
        return requestPasswordReset;
    }

    public ResetPassword resetPassword() {
        return resetPassword;
    }

    public ChangePassword changePassword() {
        return changePassword;
    }

    public AuthenticateAccessToken authenticateAccessToken() {
        return authenticateAccessToken;
    }

    public ManageSessions manageSessions() {
        return manageSessions;
    }

    public ViewOwnAccount viewOwnAccount() {
        return viewOwnAccount;
    }

    public ManageTotp manageTotp() {
        return manageTotp;
    }

    public VerifyMfa verifyMfa() {
        return verifyMfa;
    }

    public ManagePhone managePhone() {
        return managePhone;
    }

    public SendSmsCode sendSmsCode() {
        return sendSmsCode;
    }

    public Reauthenticate reauthenticate() {
        return reauthenticate;
    }

    public PublishSigningKeys publishSigningKeys() {
        return publishSigningKeys;
    }

    public RotateSigningKey rotateSigningKey() {
        return rotateSigningKey;
    }

    public DeliverPendingEmails deliverPendingEmails() {
        return deliverPendingEmails;
    }
}
