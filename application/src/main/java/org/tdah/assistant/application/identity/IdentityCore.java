package org.tdah.assistant.application.identity;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.tdah.assistant.application.identity.account.ViewOwnAccount;
import org.tdah.assistant.application.identity.login.LogIn;
import org.tdah.assistant.application.identity.login.Reauthenticate;
import org.tdah.assistant.application.identity.login.SendSmsCode;
import org.tdah.assistant.application.identity.login.VerifySecondFactor;
import org.tdah.assistant.application.identity.password.ChangePassword;
import org.tdah.assistant.application.identity.password.RequestPasswordReset;
import org.tdah.assistant.application.identity.password.ResetPassword;
import org.tdah.assistant.application.identity.phone.ConfirmSmsSecondFactor;
import org.tdah.assistant.application.identity.phone.DisableSmsSecondFactor;
import org.tdah.assistant.application.identity.phone.PhoneCodes;
import org.tdah.assistant.application.identity.phone.RequestPhoneVerification;
import org.tdah.assistant.application.identity.phone.StartSmsSecondFactor;
import org.tdah.assistant.application.identity.phone.VerifyPhone;
import org.tdah.assistant.application.identity.port.AccessTokens;
import org.tdah.assistant.application.identity.port.AccountPreferences;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.AccountsWithFactors;
import org.tdah.assistant.application.identity.port.BackupCodes;
import org.tdah.assistant.application.identity.port.OneTimeTokens;
import org.tdah.assistant.application.identity.port.PasswordHasher;
import org.tdah.assistant.application.identity.port.PasswordStrengthMeter;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.application.identity.port.SecondFactors;
import org.tdah.assistant.application.identity.port.SecurityEvents;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.identity.port.SignInFigures;
import org.tdah.assistant.application.identity.port.SmsCodes;
import org.tdah.assistant.application.identity.port.TimeBasedCodes;
import org.tdah.assistant.application.identity.port.TotpCredentials;
import org.tdah.assistant.application.identity.profile.RecordSmsConsent;
import org.tdah.assistant.application.identity.profile.ReplacePreferences;
import org.tdah.assistant.application.identity.profile.UpdateProfile;
import org.tdah.assistant.application.identity.profile.ViewPreferences;
import org.tdah.assistant.application.identity.registration.CreateFirstAdministrator;
import org.tdah.assistant.application.identity.registration.RegisterAccount;
import org.tdah.assistant.application.identity.registration.ResendVerificationEmail;
import org.tdah.assistant.application.identity.registration.VerifyEmail;
import org.tdah.assistant.application.identity.sessions.EndOtherSessions;
import org.tdah.assistant.application.identity.sessions.EndSession;
import org.tdah.assistant.application.identity.sessions.ListSessions;
import org.tdah.assistant.application.identity.support.AuditTrail;
import org.tdah.assistant.application.identity.support.IdentityEmails;
import org.tdah.assistant.application.identity.support.LoginAttempts;
import org.tdah.assistant.application.identity.support.PasswordRules;
import org.tdah.assistant.application.identity.support.SecondFactorChecks;
import org.tdah.assistant.application.identity.support.SessionTokens;
import org.tdah.assistant.application.identity.support.SmsCodeSender;
import org.tdah.assistant.application.identity.support.TotpVerifier;
import org.tdah.assistant.application.identity.tokens.AuthenticateAccessToken;
import org.tdah.assistant.application.identity.tokens.LogOut;
import org.tdah.assistant.application.identity.tokens.PublishSigningKeys;
import org.tdah.assistant.application.identity.tokens.RefreshSession;
import org.tdah.assistant.application.identity.tokens.RotateSigningKey;
import org.tdah.assistant.application.identity.totp.ConfirmTotp;
import org.tdah.assistant.application.identity.totp.DisableTotp;
import org.tdah.assistant.application.identity.totp.RegenerateBackupCodes;
import org.tdah.assistant.application.identity.totp.ShowPendingTotpSetup;
import org.tdah.assistant.application.identity.totp.StartTotpSetup;
import org.tdah.assistant.application.shared.RateLimiter;
import org.tdah.assistant.application.shared.port.AttemptCounters;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.shared.port.Secrets;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.application.shared.port.TextMessages;

/**
 * The composition root of the identity context: built with plain {@code new} from the out-ports
 * this context needs, it builds its helpers once and gives each use case exactly what it uses.
 * Nothing else builds identity use cases (an architecture rule checks it).
 */
public final class IdentityCore {

    /** Every out-port the identity context needs, and the clock it reads time from. */
    public record OutPorts(
            Accounts accounts,
            AccountPreferences accountPreferences,
            PasswordHasher passwordHasher,
            PasswordStrengthMeter passwordStrengthMeter,
            TimeBasedCodes timeBasedCodes,
            TotpCredentials totpCredentials,
            BackupCodes backupCodes,
            Phones phones,
            SecondFactors secondFactors,
            AccountsWithFactors accountsWithFactors,
            SmsCodes smsCodes,
            TextMessages textMessages,
            AccessTokens accessTokens,
            Sessions sessions,
            RefreshTokens refreshTokens,
            OneTimeTokens oneTimeTokens,
            SecurityEvents securityEvents,
            EmailOutbox emailOutbox,
            Transactions transactions,
            AttemptCounters attemptCounters,
            Secrets secrets,
            Ids ids,
            Clock clock,
            SignInFigures signInFigures) {
        public OutPorts {
            Objects.requireNonNull(accounts, "accounts");
            Objects.requireNonNull(accountPreferences, "accountPreferences");
            Objects.requireNonNull(passwordHasher, "passwordHasher");
            Objects.requireNonNull(passwordStrengthMeter, "passwordStrengthMeter");
            Objects.requireNonNull(timeBasedCodes, "timeBasedCodes");
            Objects.requireNonNull(totpCredentials, "totpCredentials");
            Objects.requireNonNull(backupCodes, "backupCodes");
            Objects.requireNonNull(phones, "phones");
            Objects.requireNonNull(secondFactors, "secondFactors");
            Objects.requireNonNull(accountsWithFactors, "accountsWithFactors");
            Objects.requireNonNull(smsCodes, "smsCodes");
            Objects.requireNonNull(textMessages, "textMessages");
            Objects.requireNonNull(accessTokens, "accessTokens");
            Objects.requireNonNull(sessions, "sessions");
            Objects.requireNonNull(refreshTokens, "refreshTokens");
            Objects.requireNonNull(oneTimeTokens, "oneTimeTokens");
            Objects.requireNonNull(securityEvents, "securityEvents");
            Objects.requireNonNull(emailOutbox, "emailOutbox");
            Objects.requireNonNull(transactions, "transactions");
            Objects.requireNonNull(attemptCounters, "attemptCounters");
            Objects.requireNonNull(secrets, "secrets");
            Objects.requireNonNull(ids, "ids");
            Objects.requireNonNull(clock, "clock");
            Objects.requireNonNull(signInFigures, "signInFigures");
        }

        /** The ports without sign-in figures (nobody counts them). */
        public OutPorts(Accounts accounts, AccountPreferences accountPreferences, PasswordHasher passwordHasher,
                PasswordStrengthMeter passwordStrengthMeter, TimeBasedCodes timeBasedCodes,
                TotpCredentials totpCredentials, BackupCodes backupCodes, Phones phones, SecondFactors secondFactors,
                AccountsWithFactors accountsWithFactors, SmsCodes smsCodes, TextMessages textMessages,
                AccessTokens accessTokens, Sessions sessions, RefreshTokens refreshTokens, OneTimeTokens oneTimeTokens, SecurityEvents securityEvents,
                EmailOutbox emailOutbox, Transactions transactions, AttemptCounters attemptCounters, Secrets secrets,
                Ids ids, Clock clock) {
            this(accounts, accountPreferences, passwordHasher, passwordStrengthMeter, timeBasedCodes, totpCredentials,
                    backupCodes, phones, secondFactors, accountsWithFactors, smsCodes, textMessages, accessTokens,
                    sessions, refreshTokens, oneTimeTokens, securityEvents, emailOutbox, transactions, attemptCounters, secrets, ids, clock,
                    SignInFigures.NONE);
        }

        /** The same ports, telling what became of sign-ins to {@code figures}. */
        public OutPorts countingSignInsWith(SignInFigures figures) {
            return new OutPorts(accounts, accountPreferences, passwordHasher, passwordStrengthMeter, timeBasedCodes,
                    totpCredentials, backupCodes, phones, secondFactors, accountsWithFactors, smsCodes, textMessages,
                    accessTokens, sessions, refreshTokens, oneTimeTokens, securityEvents, emailOutbox, transactions, attemptCounters, secrets, ids,
                    clock, figures);
        }

        /** The same ports, texting through {@code texts} (the SMS context's gate on the provider). */
        public OutPorts textingThrough(TextMessages texts) {
            return new OutPorts(accounts, accountPreferences, passwordHasher, passwordStrengthMeter, timeBasedCodes,
                    totpCredentials, backupCodes, phones, secondFactors, accountsWithFactors, smsCodes, texts,
                    accessTokens, sessions, refreshTokens, oneTimeTokens, securityEvents, emailOutbox, transactions, attemptCounters, secrets, ids,
                    clock, signInFigures);
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

    /**
     * Policies of the identity context an operator may tune; {@code refreshGrace} is how long a
     * just-rotated refresh token still gives its replacement (decision 0012).
     */
    public record Settings(SessionPolicy sessions, String publicBaseUrl, RateLimits rateLimits, Duration refreshGrace) {
        public Settings {
            Objects.requireNonNull(sessions, "sessions");
            Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
            Objects.requireNonNull(rateLimits, "rateLimits");
            Objects.requireNonNull(refreshGrace, "refreshGrace");
        }

        public static Settings defaults(String publicBaseUrl) {
            return new Settings(SessionPolicy.DEFAULT, publicBaseUrl, RateLimits.DEFAULTS, RefreshSession.DEFAULT_GRACE);
        }

        public Settings withRateLimits(RateLimits limits) {
            return new Settings(sessions, publicBaseUrl, limits, refreshGrace);
        }
    }

    private final RegisterAccount registerAccount;
    private final VerifyEmail verifyEmail;
    private final ResendVerificationEmail resendVerificationEmail;
    private final LogIn logIn;
    private final VerifySecondFactor verifySecondFactor;
    private final SendSmsCode sendSmsCode;
    private final Reauthenticate reauthenticate;
    private final RefreshSession refreshSession;
    private final LogOut logOut;
    private final AuthenticateAccessToken authenticateAccessToken;
    private final PublishSigningKeys publishSigningKeys;
    private final RotateSigningKey rotateSigningKey;
    private final RequestPasswordReset requestPasswordReset;
    private final ResetPassword resetPassword;
    private final ChangePassword changePassword;
    private final ListSessions listSessions;
    private final EndSession endSession;
    private final EndOtherSessions endOtherSessions;
    private final ViewOwnAccount viewOwnAccount;
    private final UpdateProfile updateProfile;
    private final RecordSmsConsent recordSmsConsent;
    private final CreateFirstAdministrator createFirstAdministrator;
    private final ViewPreferences viewPreferences;
    private final ReplacePreferences replacePreferences;
    private final StartTotpSetup startTotpSetup;
    private final ShowPendingTotpSetup showPendingTotpSetup;
    private final ConfirmTotp confirmTotp;
    private final DisableTotp disableTotp;
    private final RegenerateBackupCodes regenerateBackupCodes;
    private final RequestPhoneVerification requestPhoneVerification;
    private final VerifyPhone verifyPhone;
    private final StartSmsSecondFactor startSmsSecondFactor;
    private final ConfirmSmsSecondFactor confirmSmsSecondFactor;
    private final DisableSmsSecondFactor disableSmsSecondFactor;

    public IdentityCore(OutPorts ports, Settings settings) {
        Clock clock = ports.clock();
        RateLimits limits = settings.rateLimits();
        IdentityEmails emails = new IdentityEmails(settings.publicBaseUrl(), ports.ids(), settings.sessions().maxPerAccount());
        AuditTrail audit = new AuditTrail(ports.securityEvents(), clock);
        RateLimiter rateLimiter = new RateLimiter(ports.attemptCounters(), clock);
        PasswordRules passwordRules = new PasswordRules(ports.passwordStrengthMeter());
        LoginAttempts loginAttempts = new LoginAttempts(ports.attemptCounters());
        SessionTokens sessionTokens = new SessionTokens(ports.sessions(), ports.refreshTokens(), ports.accessTokens(),
                ports.emailOutbox(), emails, audit, ports.secrets(), ports.ids(), clock, settings.sessions());
        SmsCodeSender smsCodeSender = new SmsCodeSender(rateLimiter, ports.secrets(), ports.textMessages(), clock,
                ports.smsCodes(), audit);
        SecondFactorChecks secondFactorChecks = new SecondFactorChecks(ports.secondFactors(), ports.totpCredentials(),
                ports.backupCodes(), ports.secrets(), new TotpVerifier(ports.timeBasedCodes()), smsCodeSender);

        registerAccount = new RegisterAccount(rateLimiter, passwordRules, ports.accounts(), clock, ports.ids(),
                ports.passwordHasher(), ports.secrets(), ports.transactions(), ports.oneTimeTokens(), ports.emailOutbox(),
                emails, audit, limits.registrationsPerAddress());
        verifyEmail = new VerifyEmail(rateLimiter, clock, ports.transactions(), ports.oneTimeTokens(), ports.accounts(),
                audit, limits.verificationsPerAddress());
        resendVerificationEmail = new ResendVerificationEmail(ports.accounts(), rateLimiter, ports.secrets(), clock,
                ports.transactions(), ports.oneTimeTokens(), ports.emailOutbox(), emails, audit, limits.resendsPerAccount());
        logIn = new LogIn(ports.passwordHasher(), ports.secrets(), clock, audit, ports.accounts(), ports.oneTimeTokens(),
                sessionTokens, secondFactorChecks, loginAttempts, ports.signInFigures());
        verifySecondFactor = new VerifySecondFactor(ports.attemptCounters(), clock, ports.oneTimeTokens(), ports.accounts(),
                audit, sessionTokens, secondFactorChecks, loginAttempts, ports.signInFigures());
        sendSmsCode = new SendSmsCode(ports.oneTimeTokens(), clock, ports.phones(), smsCodeSender);
        reauthenticate = new Reauthenticate(ports.accounts(), clock, ports.passwordHasher(), audit, ports.sessions(),
                secondFactorChecks, loginAttempts);
        refreshSession = new RefreshSession(clock, ports.secrets(), ports.refreshTokens(), ports.sessions(), audit,
                ports.accounts(), sessionTokens, settings.refreshGrace());
        logOut = new LogOut(ports.sessions(), ports.refreshTokens(), clock, audit);
        authenticateAccessToken = new AuthenticateAccessToken(ports.accessTokens(), ports.sessions(), clock);
        publishSigningKeys = new PublishSigningKeys(ports.accessTokens());
        rotateSigningKey = new RotateSigningKey(ports.accessTokens(), audit);
        requestPasswordReset = new RequestPasswordReset(rateLimiter, ports.accounts(), ports.secrets(), clock,
                ports.transactions(), ports.oneTimeTokens(), ports.emailOutbox(), emails, audit,
                limits.resetRequestsPerAddress(), limits.resetRequestsPerEmail());
        resetPassword = new ResetPassword(rateLimiter, clock, ports.oneTimeTokens(), ports.accounts(), passwordRules,
                ports.passwordHasher(), ports.transactions(), ports.refreshTokens(), ports.emailOutbox(), emails, audit,
                ports.sessions(), limits.resetsPerAddress(), loginAttempts);
        changePassword = new ChangePassword(ports.accounts(), clock, ports.passwordHasher(), audit, passwordRules,
                ports.transactions(), ports.refreshTokens(), ports.emailOutbox(), emails, ports.sessions(), loginAttempts);
        listSessions = new ListSessions(ports.sessions(), clock);
        endSession = new EndSession(ports.sessions(), ports.refreshTokens(), audit, clock);
        endOtherSessions = new EndOtherSessions(ports.sessions(), ports.refreshTokens(), audit, clock);
        viewOwnAccount = new ViewOwnAccount(ports.accountsWithFactors());
        recordSmsConsent = new RecordSmsConsent(ports.accounts(), clock);
        updateProfile = new UpdateProfile(ports.accounts(), recordSmsConsent, ports.transactions());
        createFirstAdministrator = new CreateFirstAdministrator(ports.accounts(), passwordRules, ports.passwordHasher(),
                ports.transactions(), audit, ports.ids(), clock);
        viewPreferences = new ViewPreferences(ports.accounts(), ports.accountPreferences());
        replacePreferences = new ReplacePreferences(ports.accounts(), ports.accountPreferences());
        startTotpSetup = new StartTotpSetup(ports.accounts(), ports.timeBasedCodes(), ports.totpCredentials(), clock);
        showPendingTotpSetup = new ShowPendingTotpSetup(ports.accounts(), ports.totpCredentials());
        confirmTotp = new ConfirmTotp(ports.accounts(), ports.totpCredentials(), ports.sessions(), ports.transactions(),
                ports.emailOutbox(), emails, audit, secondFactorChecks, clock);
        disableTotp = new DisableTotp(ports.accounts(), ports.totpCredentials(), ports.backupCodes(),
                ports.transactions(), ports.emailOutbox(), emails, audit, clock);
        regenerateBackupCodes = new RegenerateBackupCodes(ports.totpCredentials(), ports.transactions(), audit,
                secondFactorChecks, clock);
        PhoneCodes phoneCodes = new PhoneCodes(clock, ports.accounts(), ports.phones(), ports.transactions(),
                ports.emailOutbox(), emails, audit, smsCodeSender);
        requestPhoneVerification = new RequestPhoneVerification(phoneCodes);
        verifyPhone = new VerifyPhone(phoneCodes);
        startSmsSecondFactor = new StartSmsSecondFactor(phoneCodes);
        confirmSmsSecondFactor = new ConfirmSmsSecondFactor(phoneCodes);
        disableSmsSecondFactor = new DisableSmsSecondFactor(clock, ports.accounts(), ports.phones(), ports.transactions(),
                ports.emailOutbox(), emails, audit);
    }

    /**
     * Signing-key rotation alone, for a command that runs without the rest of the context (no
     * session store, no SMS provider): the same use case the full core exposes.
     */
    public static RotateSigningKey signingKeyRotation(AccessTokens accessTokens, SecurityEvents securityEvents, Clock clock) {
        return new RotateSigningKey(accessTokens, new AuditTrail(securityEvents, clock));
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

    public VerifySecondFactor verifySecondFactor() {
        return verifySecondFactor;
    }

    public SendSmsCode sendSmsCode() {
        return sendSmsCode;
    }

    public Reauthenticate reauthenticate() {
        return reauthenticate;
    }

    public RefreshSession refreshSession() {
        return refreshSession;
    }

    public LogOut logOut() {
        return logOut;
    }

    public AuthenticateAccessToken authenticateAccessToken() {
        return authenticateAccessToken;
    }

    public PublishSigningKeys publishSigningKeys() {
        return publishSigningKeys;
    }

    public RotateSigningKey rotateSigningKey() {
        return rotateSigningKey;
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

    public ListSessions listSessions() {
        return listSessions;
    }

    public EndSession endSession() {
        return endSession;
    }

    public EndOtherSessions endOtherSessions() {
        return endOtherSessions;
    }

    public ViewOwnAccount viewOwnAccount() {
        return viewOwnAccount;
    }

    public UpdateProfile updateProfile() {
        return updateProfile;
    }

    public RecordSmsConsent recordSmsConsent() {
        return recordSmsConsent;
    }

    public CreateFirstAdministrator createFirstAdministrator() {
        return createFirstAdministrator;
    }

    public ViewPreferences viewPreferences() {
        return viewPreferences;
    }

    public ReplacePreferences replacePreferences() {
        return replacePreferences;
    }

    public StartTotpSetup startTotpSetup() {
        return startTotpSetup;
    }

    public ShowPendingTotpSetup showPendingTotpSetup() {
        return showPendingTotpSetup;
    }

    public ConfirmTotp confirmTotp() {
        return confirmTotp;
    }

    public DisableTotp disableTotp() {
        return disableTotp;
    }

    public RegenerateBackupCodes regenerateBackupCodes() {
        return regenerateBackupCodes;
    }

    public RequestPhoneVerification requestPhoneVerification() {
        return requestPhoneVerification;
    }

    public VerifyPhone verifyPhone() {
        return verifyPhone;
    }

    public StartSmsSecondFactor startSmsSecondFactor() {
        return startSmsSecondFactor;
    }

    public ConfirmSmsSecondFactor confirmSmsSecondFactor() {
        return confirmSmsSecondFactor;
    }

    public DisableSmsSecondFactor disableSmsSecondFactor() {
        return disableSmsSecondFactor;
    }
}
