package org.tdah.assistant.bootstrap.config;

import com.twilio.http.TwilioRestClient;
import java.time.Clock;
import org.tdah.assistant.adapters.metrics.AssistantMetrics;
import org.tdah.assistant.adapters.metrics.CountedSecurityEvents;
import org.tdah.assistant.adapters.metrics.CountedSignIns;
import org.tdah.assistant.adapters.persistence.identity.JdbiAccountPreferences;
import org.tdah.assistant.adapters.persistence.identity.JdbiAccounts;
import org.tdah.assistant.adapters.persistence.identity.JdbiAccountsWithFactors;
import org.tdah.assistant.adapters.persistence.identity.JdbiBackupCodes;
import org.tdah.assistant.adapters.persistence.identity.JdbiOneTimeTokens;
import org.tdah.assistant.adapters.persistence.identity.JdbiPhones;
import org.tdah.assistant.adapters.persistence.identity.JdbiRefreshTokens;
import org.tdah.assistant.adapters.persistence.identity.JdbiSecondFactors;
import org.tdah.assistant.adapters.persistence.identity.JdbiSecurityEvents;
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
import org.tdah.assistant.adapters.security.identity.ZxcvbnPasswordStrengthMeter;
import org.tdah.assistant.adapters.security.shared.SecureRandomSecrets;
import org.tdah.assistant.adapters.security.shared.TimeOrderedIds;
import org.tdah.assistant.application.identity.IdentityCore;
import org.tdah.assistant.application.identity.SessionPolicy;
import org.tdah.assistant.application.identity.tokens.RotateSigningKey;

/**
 * Which real adapter implements each out-port of the identity context, and its settings. The audit
 * trail counts registrations, and the sign-in figures are Prometheus counters.
 */
public final class IdentityAdapters {
    private IdentityAdapters() {}

    public static IdentityCore.OutPorts outPorts(
            AssistantConfiguration configuration, PostgresDatabase database, RedisConnection redis,
            TwilioRestClient twilio, AssistantMetrics metrics, Clock clock) {
        AesGcmCipher cipher = Adapters.cipher(configuration);
        return new IdentityCore.OutPorts(
                new JdbiAccounts(database),
                new JdbiAccountPreferences(database),
                new BcryptPasswordHasher(configuration.passwords.bcryptCost),
                new ZxcvbnPasswordStrengthMeter(),
                new AerogearTimeBasedCodes(),
                new JdbiTotpCredentials(database, cipher),
                new JdbiBackupCodes(database),
                new JdbiPhones(database),
                new JdbiSecondFactors(database),
                new JdbiAccountsWithFactors(database),
                new JdbiSmsCodes(database),
                Adapters.textMessages(configuration, twilio),
                Adapters.accessTokens(configuration, database, cipher, clock),
                new RedisSessions(redis),
                new JdbiRefreshTokens(database, cipher),
                new JdbiOneTimeTokens(database),
                new CountedSecurityEvents(new JdbiSecurityEvents(database), metrics),
                new JdbiEmailOutbox(database, cipher, Adapters.correlation()),
                new JdbiTransactions(database),
                new RedisAttemptCounters(redis),
                new SecureRandomSecrets(),
                new TimeOrderedIds(clock),
                clock,
                new CountedSignIns(metrics));
    }

    public static IdentityCore.Settings settings(AssistantConfiguration configuration) {
        return new IdentityCore.Settings(
                new SessionPolicy(
                        configuration.tokens.accessTokenLifetime.toJavaDuration(),
                        configuration.sessions.lifetime.toJavaDuration(),
                        configuration.sessions.idleTimeout.toJavaDuration(),
                        configuration.sessions.maxPerAccount),
                configuration.publicBaseUrl,
                IdentityCore.RateLimits.DEFAULTS.scaledBy(configuration.rateLimits.scale),
                configuration.sessions.refreshGrace.toJavaDuration());
    }

    /** The one in-port the offline {@code keys rotate} command needs: no Redis, no Twilio, no SMTP. */
    public static RotateSigningKey signingKeyRotation(
            AssistantConfiguration configuration, PostgresDatabase database, Clock clock) {
        return IdentityCore.signingKeyRotation(
                Adapters.accessTokens(configuration, database, Adapters.cipher(configuration), clock),
                new JdbiSecurityEvents(database), clock);
    }
}
