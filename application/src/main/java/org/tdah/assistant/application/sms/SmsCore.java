package org.tdah.assistant.application.sms;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.shared.port.Correlation;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.shared.port.TextMessages;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.application.sms.OurWebhooks;
import org.tdah.assistant.application.sms.inbound.ReceiveInboundText;
import org.tdah.assistant.application.sms.inbound.RouteInboundTexts;
import org.tdah.assistant.application.sms.logs.ViewChannelLogs;
import org.tdah.assistant.application.sms.numbers.ListPhoneNumbers;
import org.tdah.assistant.application.sms.numbers.ProvisionNumber;
import org.tdah.assistant.application.sms.numbers.ReleaseNumber;
import org.tdah.assistant.application.sms.numbers.RepairWebhooks;
import org.tdah.assistant.application.sms.outbound.QueuedTexts;
import org.tdah.assistant.application.sms.outbound.SendQueuedTexts;
import org.tdah.assistant.application.sms.outbound.TextsNow;
import org.tdah.assistant.application.sms.port.ChannelLogs;
import org.tdah.assistant.application.sms.port.InboundTexts;
import org.tdah.assistant.application.sms.port.OptOuts;
import org.tdah.assistant.application.sms.port.PersonalAssistant;
import org.tdah.assistant.application.sms.port.PhoneNumberProvider;
import org.tdah.assistant.application.sms.port.PhoneNumbers;
import org.tdah.assistant.application.sms.port.SmsOutbox;
import org.tdah.assistant.application.sms.port.SmsUsage;
import org.tdah.assistant.application.sms.port.WebhookSignatures;
import org.tdah.assistant.application.sms.status.ReconcilePrices;
import org.tdah.assistant.application.sms.status.RecordDeliveryStatus;
import org.tdah.assistant.application.sms.support.IncomingLog;
import org.tdah.assistant.application.sms.support.ProviderCalls;
import org.tdah.assistant.application.sms.support.RouterWording;
import org.tdah.assistant.application.sms.support.Senders;
import org.tdah.assistant.application.sms.support.SignedCalls;
import org.tdah.assistant.application.sms.support.UsageBook;
import org.tdah.assistant.application.sms.usage.ViewUsage;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.domain.sms.SmsPrices;

/**
 * The composition root of the SMS context: numbers, the router's intake and routing, the outbox
 * paced per number, opt-outs, delivery statuses, usage and cost, the channel log. Every text any
 * context sends goes through one of its two gates, so opt-outs, senders and usage hold for all of
 * them: {@link Sending#now()} for texts whose sender keeps its own record and retries (one-time
 * codes, reminders and check-ins), {@link Sending#queued()} for the router's replies, which wait in
 * the outbox of their number and go at its pace. {@link Sending} builds the gates first, because
 * the other contexts are built with them.
 */
public final class SmsCore {

    /** The out-ports of the context; {@code provider} sends through the real SMS provider. */
    public record OutPorts(PhoneNumbers numbers, InboundTexts inbound, SmsOutbox outbox, OptOuts optOuts, SmsUsage usage,
            ChannelLogs channelLogs, TextMessages provider, PhoneNumberProvider numberProvider,
            WebhookSignatures signatures, Accounts accounts, Phones phones, Transactions transactions, Ids ids,
            Correlation correlation, Clock clock) {
        public OutPorts {
            Objects.requireNonNull(correlation, "correlation");
            Objects.requireNonNull(numbers, "numbers");
            Objects.requireNonNull(inbound, "inbound");
            Objects.requireNonNull(outbox, "outbox");
            Objects.requireNonNull(optOuts, "optOuts");
            Objects.requireNonNull(usage, "usage");
            Objects.requireNonNull(channelLogs, "channelLogs");
            Objects.requireNonNull(provider, "provider");
            Objects.requireNonNull(numberProvider, "numberProvider");
            Objects.requireNonNull(signatures, "signatures");
            Objects.requireNonNull(accounts, "accounts");
            Objects.requireNonNull(phones, "phones");
            Objects.requireNonNull(transactions, "transactions");
            Objects.requireNonNull(ids, "ids");
            Objects.requireNonNull(clock, "clock");
        }
    }

    /**
     * What an operator tunes: dedicated numbers or one shared number (the platform's), the public
     * base URL our webhooks live under (and strangers sign up at), prices, pace and limits.
     */
    public record Settings(NumberMode mode, PhoneNumber platformNumber, String platformCountry, String publicBaseUrl,
            SmsPrices prices, SendQueuedTexts.Settings sending, RouteInboundTexts.Settings routing,
            Duration priceSettling) {
        public Settings {
            Objects.requireNonNull(mode, "mode");
            Objects.requireNonNull(platformNumber, "platformNumber");
            Objects.requireNonNull(platformCountry, "platformCountry");
            Objects.requireNonNull(publicBaseUrl, "publicBaseUrl");
            Objects.requireNonNull(prices, "prices");
            Objects.requireNonNull(sending, "sending");
            Objects.requireNonNull(routing, "routing");
            if (priceSettling.isNegative()) {
                throw new IllegalArgumentException("the provider prices a text after it is sent, not before");
            }
        }

        public static Settings defaults(PhoneNumber platformNumber, String publicBaseUrl) {
            return new Settings(NumberMode.DEDICATED, platformNumber, "US", publicBaseUrl, SmsPrices.defaults(),
                    SendQueuedTexts.Settings.DEFAULT, RouteInboundTexts.Settings.DEFAULT, ReconcilePrices.SETTLING);
        }
    }

    /** The two gates every text goes through, built before the contexts that send texts. */
    public static final class Sending {
        private final TextsNow now;
        private final QueuedTexts queued;
        private final ProviderCalls calls;
        private final RouterWording wording;
        private final UsageBook usage;

        public Sending(OutPorts ports, Settings settings) {
            Senders senders = new Senders(ports.numbers(), ports.phones(), settings.platformNumber());
            this.wording = new RouterWording(signUpLink(settings.publicBaseUrl()));
            this.usage = new UsageBook(ports.usage(), settings.prices(), ports.ids());
            this.calls = new ProviderCalls(ports.provider(), usage, ports.optOuts(), ports.clock());
            this.now = new TextsNow(senders, ports.optOuts(), calls);
            this.queued = new QueuedTexts(senders, ports.optOuts(), ports.outbox(), wording, ports.ids(),
                    ports.correlation(), ports.clock());
        }

        /** For one-time codes, reminders and check-ins: sent at once, their senders retry. */
        public TextMessages now() {
            return now;
        }

        /** For the router's replies: queued per number, sent at its pace. */
        public TextMessages queued() {
            return queued;
        }

        private static String signUpLink(String publicBaseUrl) {
            return publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/";
        }
    }

    private final Sending sending;
    private final ReceiveInboundText receiveInboundText;
    private final RouteInboundTexts routeInboundTexts;
    private final SendQueuedTexts sendQueuedTexts;
    private final RecordDeliveryStatus recordDeliveryStatus;
    private final ReconcilePrices reconcilePrices;
    private final ProvisionNumber provisionNumber;
    private final ListPhoneNumbers listPhoneNumbers;
    private final ReleaseNumber releaseNumber;
    private final RepairWebhooks repairWebhooks;
    private final ViewUsage viewUsage;
    private final ViewChannelLogs viewChannelLogs;

    /**
     * {@code assistant} is each person's assistant, which the router files texts with and asks for
     * answers (made of the conversation and assistant contexts by whoever composes them).
     */
    public SmsCore(OutPorts ports, Settings settings, Sending sending, PersonalAssistant assistant) {
        this.sending = sending;
        Clock clock = ports.clock();
        SignedCalls calls = new SignedCalls(ports.signatures(), new IncomingLog(ports.channelLogs(), clock), clock);
        OurWebhooks webhooks = new OurWebhooks(settings.publicBaseUrl());
        this.receiveInboundText = new ReceiveInboundText(calls, ports.inbound(), sending.wording, ports.ids(),
                ports.correlation());
        this.routeInboundTexts = new RouteInboundTexts(ports.inbound(), ports.numbers(), ports.phones(), ports.accounts(),
                ports.optOuts(), ports.outbox(), sending.queued(), assistant, sending.usage,
                sending.wording, ports.transactions(), settings.routing(), settings.platformNumber(), ports.correlation(), clock);
        this.sendQueuedTexts = new SendQueuedTexts(ports.outbox(), ports.optOuts(), sending.calls, settings.sending(),
                ports.correlation(), clock);
        this.recordDeliveryStatus = new RecordDeliveryStatus(calls, ports.usage(), ports.optOuts());
        this.reconcilePrices = new ReconcilePrices(ports.usage(), ports.numberProvider(), settings.priceSettling(),
                clock);
        this.provisionNumber = new ProvisionNumber(ports.accounts(), ports.phones(), ports.numbers(),
                ports.numberProvider(), webhooks, new ProvisionNumber.Mode(settings.mode(), settings.platformNumber(),
                        settings.platformCountry()), ports.ids(), clock);
        this.listPhoneNumbers = new ListPhoneNumbers(ports.numbers());
        this.releaseNumber = new ReleaseNumber(ports.numbers(), ports.numberProvider(), clock);
        this.repairWebhooks = new RepairWebhooks(ports.numbers(), ports.numberProvider(), webhooks, clock);
        this.viewUsage = new ViewUsage(ports.usage(), ports.numbers(),
                settings.prices());
        this.viewChannelLogs = new ViewChannelLogs(ports.channelLogs());
    }

    public Sending sending() {
        return sending;
    }

    public ReceiveInboundText receiveInboundText() {
        return receiveInboundText;
    }

    public RouteInboundTexts routeInboundTexts() {
        return routeInboundTexts;
    }

    public SendQueuedTexts sendQueuedTexts() {
        return sendQueuedTexts;
    }

    public RecordDeliveryStatus recordDeliveryStatus() {
        return recordDeliveryStatus;
    }

    public ReconcilePrices reconcilePrices() {
        return reconcilePrices;
    }

    public ProvisionNumber provisionNumber() {
        return provisionNumber;
    }

    public ListPhoneNumbers listPhoneNumbers() {
        return listPhoneNumbers;
    }

    public ReleaseNumber releaseNumber() {
        return releaseNumber;
    }

    public RepairWebhooks repairWebhooks() {
        return repairWebhooks;
    }

    public ViewUsage viewUsage() {
        return viewUsage;
    }

    public ViewChannelLogs viewChannelLogs() {
        return viewChannelLogs;
    }
}
