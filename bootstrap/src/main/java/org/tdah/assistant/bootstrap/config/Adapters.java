package org.tdah.assistant.bootstrap.config;

import com.twilio.http.TwilioRestClient;
import java.net.URI;
import java.time.Clock;
import org.tdah.assistant.adapters.email.SmtpMailbox;
import org.tdah.assistant.adapters.metrics.AssistantMetrics;
import org.tdah.assistant.adapters.metrics.CountedConversationEvents;
import org.tdah.assistant.adapters.persistence.identity.JdbiSigningKeys;
import org.tdah.assistant.adapters.persistence.postgres.AesGcmCipher;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.redis.RedisConnection;
import org.tdah.assistant.adapters.rest.assistant.AssistantReplies;
import org.tdah.assistant.adapters.rest.conversation.LiveConversationEvents;
import org.tdah.assistant.adapters.rest.shared.MdcCorrelation;
import org.tdah.assistant.adapters.security.identity.Es256AccessTokens;
import org.tdah.assistant.adapters.sms.twilio.TwilioClients;
import org.tdah.assistant.adapters.sms.twilio.TwilioTextMessages;
import org.tdah.assistant.application.AssistantCore;
import org.tdah.assistant.application.access.port.DecisionLog;
import org.tdah.assistant.application.assistant.port.Understanding;
import org.tdah.assistant.application.identity.IdentityCore;
import org.tdah.assistant.application.live.LiveCore;
import org.tdah.assistant.application.shared.port.Correlation;
import org.tdah.assistant.application.sms.OurWebhooks;
import org.tdah.assistant.application.sms.port.ChannelLogs;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * The adapters several contexts use (the key cipher, Redis, SMTP, Twilio) and the whole core on
 * top of them. Which adapter implements which out-port is each context's own wiring class
 * ({@link IdentityAdapters}, {@link AccessAdapters}, {@link ConversationAdapters}, {@link AssistantAdapters},
 * {@link SharedAdapters}, {@link SmsAdapters}); a new context adds its own.
 */
public final class Adapters {
    private static final Correlation CORRELATION = new MdcCorrelation();

    private Adapters() {}

    /**
     * The request id of the work on each thread, kept in the logging context: what a request stores
     * for later keeps it, the background work that handles it puts it back, and the calls to Twilio
     * and SMTP forward it.
     */
    public static Correlation correlation() {
        return CORRELATION;
    }

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

    /** The twilio-java client: Twilio itself, or the emulator when {@code twilio.apiBaseUrl} is set. */
    public static TwilioRestClient twilioClient(AssistantConfiguration configuration) {
        AssistantConfiguration.Twilio twilio = configuration.twilio;
        String apiBaseUrl = blankToNull(twilio.apiBaseUrl);
        return apiBaseUrl == null
                ? TwilioClients.forTwilio(twilio.accountSid, twilio.authToken)
                : TwilioClients.forEmulator(URI.create(apiBaseUrl), twilio.accountSid, twilio.authToken);
    }

    /** The same client, keeping every request in the channel log. */
    public static TwilioRestClient twilioClient(AssistantConfiguration configuration, ChannelLogs logs) {
        AssistantConfiguration.Twilio twilio = configuration.twilio;
        String apiBaseUrl = blankToNull(twilio.apiBaseUrl);
        return apiBaseUrl == null
                ? TwilioClients.forTwilio(twilio.accountSid, twilio.authToken, logs, CORRELATION)
                : TwilioClients.forEmulator(URI.create(apiBaseUrl), twilio.accountSid, twilio.authToken, logs,
                        CORRELATION);
    }

    /**
     * The Twilio sender: from the platform's number, asking Twilio to report each text's status to
     * {@code twilio.statusCallbackUrl}, or to our status webhook under the public base URL.
     */
    public static TwilioTextMessages textMessages(AssistantConfiguration configuration, TwilioRestClient client) {
        AssistantConfiguration.Twilio twilio = configuration.twilio;
        String statusCallback = blankToNull(twilio.statusCallbackUrl);
        return new TwilioTextMessages(client, PhoneNumber.parse(twilio.fromNumber), statusCallback == null
                ? new OurWebhooks(configuration.publicBaseUrl).webhooks().statusCallback()
                : URI.create(statusCallback));
    }

    /**
     * The whole core on the real adapters: each context's out-ports and settings from its own wiring
     * class. The assistant answers every message a person posts once the core is built (unless
     * {@code assistant.answerMessages} is false). The ports that see a business fact are decorated
     * to count it in {@code metrics}.
     */
    public static AssistantCore core(AssistantConfiguration configuration, PostgresDatabase database,
            RedisConnection redis, RedisConnection liveRedis, DecisionLog decisions, ChannelLogs channelLogs,
            Understanding understanding, AssistantMetrics metrics, Clock clock) {
        TwilioRestClient twilio = twilioClient(configuration, channelLogs);
        IdentityCore.OutPorts identity = IdentityAdapters.outPorts(configuration, database, redis, twilio, metrics, clock);
        LiveCore.OutPorts live = LiveAdapters.outPorts(liveRedis, identity, clock);
        AssistantReplies replies = new AssistantReplies(new LiveConversationEvents(live.stream()));
        AssistantCore core = AssistantCore.build(
                new AssistantCore.OutPorts(
                        identity,
                        AccessAdapters.outPorts(database, identity, decisions, clock),
                        AuditAdapters.outPorts(database, clock),
                        ConversationAdapters.outPorts(database, identity,
                                new CountedConversationEvents(replies, metrics), clock),
                        AssistantAdapters.outPorts(database, identity, live.stream(), understanding, metrics, clock),
                        live,
                        SharedAdapters.outPorts(configuration, database, clock),
                        JobsAdapters.outPorts(database, clock),
                        SmsAdapters.outPorts(configuration, database, identity, channelLogs, twilio, metrics, clock)),
                new AssistantCore.Settings(
                        IdentityAdapters.settings(configuration),
                        AuditAdapters.settings(configuration),
                        SharedAdapters.emailRetry(configuration),
                        AssistantAdapters.delivery(configuration),
                        SmsAdapters.settings(configuration)));
        if (configuration.assistant.answerMessages) {
            replies.answerWith(core.assistant().answerMessage(), core.conversation().postMessage());
        }
        return core;
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }
}
