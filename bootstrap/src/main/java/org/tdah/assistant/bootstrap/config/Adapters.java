package org.tdah.assistant.bootstrap.config;

import com.twilio.http.TwilioRestClient;
import java.net.URI;
import java.time.Clock;
import org.tdah.assistant.adapters.email.SmtpMailbox;
import org.tdah.assistant.adapters.persistence.identity.JdbiAccounts;
import org.tdah.assistant.adapters.persistence.identity.JdbiBackupCodes;
import org.tdah.assistant.adapters.persistence.identity.JdbiOneTimeTokens;
import org.tdah.assistant.adapters.persistence.identity.JdbiPhones;
import org.tdah.assistant.adapters.persistence.identity.JdbiRefreshTokens;
import org.tdah.assistant.adapters.persistence.identity.JdbiSecondFactors;
import org.tdah.assistant.adapters.persistence.identity.JdbiSecurityEvents;
import org.tdah.assistant.adapters.persistence.identity.JdbiSigningKeys;
import org.tdah.assistant.adapters.persistence.identity.JdbiSmsCodes;
import org.tdah.assistant.adapters.persistence.identity.JdbiTotpCredentials;
import org.tdah.assistant.adapters.persistence.identity.RedisSessions;
import org.tdah.assistant.adapters.persistence.postgres.AesGcmCipher;
import org.tdah.assistant.adapters.persistence.postgres.JdbiTransactions;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.redis.RedisConnection;
import org.tdah.assistant.adapters.persistence.shared.JdbiEmailOutbox;
import org.tdah.assistant.adapters.persistence.shared.RedisAttemptCounters;
import org.tdah.assistant.adapters.security.identity.AerogearTimeBasedCodes;
import org.tdah.assistant.adapters.security.identity.BcryptPasswordHasher;
import org.tdah.assistant.adapters.security.identity.Es256AccessTokens;
import org.tdah.assistant.adapters.security.identity.ZxcvbnPasswordStrengthMeter;
import org.tdah.assistant.adapters.security.shared.SecureRandomSecrets;
import org.tdah.assistant.adapters.security.shared.TimeOrderedIds;
import org.tdah.assistant.adapters.sms.twilio.TwilioClients;
import org.tdah.assistant.adapters.sms.twilio.TwilioTextMessages;
import org.tdah.assistant.application.AssistantCore;
import org.tdah.assistant.application.identity.SessionPolicy;
import org.tdah.assistant.application.shared.DeliverPendingEmails;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * Builds the real adapters from the configuration and the core on top of them: the one place
 * that knows which adapter implements which out-port.
 */
public final class Adapters {
    private Adapters() {}

    public static AesGcmCipher cipher(AssistantConfiguration configuration) {
        return AesGcmCipher.fromBase64Key(configuration.tokens.keyEncryptionKey);
    }

    public static RedisConnection redis(AssistantConfiguration configuration) {
        return RedisConnection.connect(configuration.redis.url, configuration.redis.timeout.toJavaDuration());
    }

    public static Es256AccessTokens accessTokens(
            AssistantConfiguration configuration, PostgresDatabase database, AesGcmCipher cipher, Clock clock) {
        return new Es256AccessTokens(
                new JdbiSigningKeys(database, cipher),
                new Es256AccessTokens.Settings(configuration.tokens.issuer, configuration.tokens.audience),
                clock);
    }

    public static SmtpMailbox.Settings smtp(AssistantConfiguration configuration) {
        AssistantConfiguration.Smtp smtp = configuration.smtp;
        return new SmtpMailbox.Settings(smtp.host, smtp.port, blankToNull(smtp.username), blankToNull(smtp.password),
                smtp.from, smtp.timeout.toJavaDuration(), smtp.requireTls);
    }

    public static TwilioTextMessages textMessages(AssistantConfiguration configuration) {
        AssistantConfiguration.Twilio twilio = configuration.twilio;
        String apiBaseUrl = blankToNull(twilio.apiBaseUrl);
        TwilioRestClient client = apiBaseUrl == null
                ? TwilioClients.forTwilio(twilio.accountSid, twilio.authToken)
                : TwilioClients.forEmulator(URI.create(apiBaseUrl), twilio.accountSid, twilio.authToken);
        String statusCallback = blankToNull(twilio.statusCallbackUrl);
        return new TwilioTextMessages(client, PhoneNumber.parse(twilio.fromNumber),
                statusCallback == null ? null : URI.create(statusCallback));
    }

    public static AssistantCore core(
            AssistantConfiguration configuration, PostgresDatabase database, RedisConnection redis, Clock clock) {
        AesGcmCipher cipher = cipher(configuration);
        AssistantCore.OutPorts ports = new AssistantCore.OutPorts(
                new JdbiAccounts(database),
                new BcryptPasswordHasher(configuration.passwords.bcryptCost),
                new ZxcvbnPasswordStrengthMeter(),
                new AerogearTimeBasedCodes(),
                new JdbiTotpCredentials(database, cipher),
                new JdbiBackupCodes(database),
                new JdbiPhones(database),
                new JdbiSecondFactors(database),
                new JdbiSmsCodes(database),
                textMessages(configuration),
                accessTokens(configuration, database, cipher, clock),
                new RedisSessions(redis),
                new JdbiRefreshTokens(database, cipher),
                new JdbiOneTimeTokens(database),
                new JdbiSecurityEvents(database),
                new JdbiEmailOutbox(database, cipher),
                new SmtpMailbox(smtp(configuration)),
                new JdbiTransactions(database),
                new RedisAttemptCounters(redis),
                new SecureRandomSecrets(),
                new TimeOrderedIds(clock),
                clock);
        AssistantConfiguration.Outbox outbox = configuration.outbox;
        AssistantCore.Settings settings = new AssistantCore.Settings(
                new SessionPolicy(
                        configuration.tokens.accessTokenLifetime.toJavaDuration(),
                        configuration.sessions.lifetime.toJavaDuration(),
                        configuration.sessions.idleTimeout.toJavaDuration(),
                        configuration.sessions.maxPerAccount),
                configuration.publicBaseUrl,
                AssistantCore.RateLimits.DEFAULTS.scaledBy(configuration.rateLimits.scale),
                new DeliverPendingEmails.RetryPolicy(outbox.firstRetry.toJavaDuration(),
                        outbox.longestRetry.toJavaDuration(), outbox.maxAttempts),
                configuration.sessions.refreshGrace.toJavaDuration());
        return new AssistantCore(ports, settings);
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
