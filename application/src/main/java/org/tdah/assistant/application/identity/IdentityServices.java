package org.tdah.assistant.application.identity;

import java.time.Clock;
import org.tdah.assistant.application.identity.port.AccessTokens;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.BackupCodes;
import org.tdah.assistant.application.identity.port.OneTimeTokens;
import org.tdah.assistant.application.identity.port.PasswordHasher;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.identity.port.RefreshTokens;
import org.tdah.assistant.application.identity.port.SecondFactors;
import org.tdah.assistant.application.identity.port.Sessions;
import org.tdah.assistant.application.identity.port.SmsCodes;
import org.tdah.assistant.application.identity.port.TimeBasedCodes;
import org.tdah.assistant.application.identity.port.TotpCredentials;
import org.tdah.assistant.application.shared.RateLimiter;
import org.tdah.assistant.application.shared.port.AttemptCounters;
import org.tdah.assistant.application.shared.port.EmailOutbox;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.shared.port.Secrets;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.application.sms.port.TextMessages;

/** What the use cases of the identity context work with, built once by {@code AssistantCore}. */
public record IdentityServices(
        Accounts accounts,
        PasswordHasher passwordHasher,
        TimeBasedCodes timeBasedCodes,
        TotpCredentials totpCredentials,
        BackupCodes backupCodes,
        Phones phones,
        SecondFactors secondFactors,
        SmsCodes smsCodes,
        TextMessages textMessages,
        PasswordRules passwordRules,
        AccessTokens accessTokens,
        SessionTokens sessionTokens,
        Sessions sessions,
        RefreshTokens refreshTokens,
        OneTimeTokens oneTimeTokens,
        EmailOutbox outbox,
        IdentityEmails emails,
        AuditTrail audit,
        Transactions transactions,
        AttemptCounters attempts,
        RateLimiter rateLimiter,
        Secrets secrets,
        Ids ids,
        Clock clock) {}
