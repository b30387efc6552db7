package org.tdah.assistant.bootstrap.config;

import com.twilio.http.TwilioRestClient;
import java.time.Clock;
import java.util.List;
import org.tdah.assistant.adapters.metrics.AssistantMetrics;
import org.tdah.assistant.adapters.metrics.CountedOptOuts;
import org.tdah.assistant.adapters.metrics.CountedSmsUsage;
import org.tdah.assistant.adapters.metrics.CountedTextMessages;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.adapters.persistence.sms.JdbiChannelLogs;
import org.tdah.assistant.adapters.persistence.sms.JdbiInboundTexts;
import org.tdah.assistant.adapters.persistence.sms.JdbiOptOuts;
import org.tdah.assistant.adapters.persistence.sms.JdbiPhoneNumbers;
import org.tdah.assistant.adapters.persistence.sms.JdbiSmsOutbox;
import org.tdah.assistant.adapters.persistence.sms.JdbiSmsUsage;
import org.tdah.assistant.adapters.sms.twilio.TwilioPhoneNumbers;
import org.tdah.assistant.adapters.sms.twilio.TwilioWebhookSignatures;
import org.tdah.assistant.application.identity.IdentityCore;
import org.tdah.assistant.application.sms.SmsCore;
import org.tdah.assistant.application.sms.inbound.RouteInboundTexts;
import org.tdah.assistant.application.sms.outbound.SendQueuedTexts;
import org.tdah.assistant.application.sms.port.ChannelLogs;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.domain.sms.SmsPrices;

/**
 * Which real adapter implements each out-port of the SMS context: JDBI for its tables, Twilio for
 * sending (the identity context's sender, the provider behind the gates), numbers and signatures.
 * Every request to Twilio is kept in the channel log by the client itself. The usage log, the
 * provider and the opt-outs count texts, refusals and opt-outs/ins for the metrics.
 */
public final class SmsAdapters {
    private static final int CHANNEL_LOG_CAPACITY = 10_000;
    private SmsAdapters() {}

    public static SmsCore.OutPorts outPorts(AssistantConfiguration configuration, PostgresDatabase database,
            IdentityCore.OutPorts identity, ChannelLogs channelLogs, TwilioRestClient twilio, AssistantMetrics metrics,
            Clock clock) {
        return new SmsCore.OutPorts(new JdbiPhoneNumbers(database), new JdbiInboundTexts(database),
                new JdbiSmsOutbox(database), new CountedOptOuts(new JdbiOptOuts(database), metrics),
                new CountedSmsUsage(new JdbiSmsUsage(database), metrics), channelLogs,
                new CountedTextMessages(identity.textMessages(), metrics), new TwilioPhoneNumbers(twilio),
                new TwilioWebhookSignatures(configuration.twilio.authToken), identity.accounts(), identity.phones(),
                identity.transactions(), identity.ids(), Adapters.correlation(), clock);
    }

    /** The channel log, written behind the exchanges; the caller closes it at stop, writing what is left. */
    public static JdbiChannelLogs channelLogs(AssistantConfiguration configuration, PostgresDatabase database) {
        return new JdbiChannelLogs(database, CHANNEL_LOG_CAPACITY, configuration.sms.channelLogFlushInterval.toJavaDuration());
    }

    public static SmsCore.Settings settings(AssistantConfiguration configuration) {
        AssistantConfiguration.Sms sms = configuration.sms;
        AssistantConfiguration.Prices prices = sms.prices;
        return new SmsCore.Settings(sms.mode, PhoneNumber.parse(configuration.twilio.fromNumber), sms.platformCountry,
                configuration.publicBaseUrl,
                new SmsPrices(prices.currency, new SmsPrices.Tariff(prices.outboundPerSegment, prices.inboundPerSegment,
                        prices.numberPerMonth), List.of()),
                new SendQueuedTexts.Settings(sms.pace.toJavaDuration(), SendQueuedTexts.Settings.DEFAULT.claimFor(),
                        SendQueuedTexts.Settings.DEFAULT.batchSize(), SendQueuedTexts.Settings.DEFAULT.retry()),
                new RouteInboundTexts.Settings(RouteInboundTexts.Settings.DEFAULT.batchSize(),
                        RouteInboundTexts.Settings.DEFAULT.lease(), sms.repliesPerMinute,
                        sms.onboardingEvery.toJavaDuration()),
                sms.priceSettling.toJavaDuration());
    }
}
