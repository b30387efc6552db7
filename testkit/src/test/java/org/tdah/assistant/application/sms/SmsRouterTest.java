package org.tdah.assistant.application.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.shared.SmsSendResult;
import org.tdah.assistant.application.sms.inbound.ReceiveInboundText;
import org.tdah.assistant.application.sms.inbound.RouteInboundTexts;
import org.tdah.assistant.application.sms.numbers.ProvisionNumber;
import org.tdah.assistant.domain.conversation.Channel;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.SmsConsent;
import org.tdah.assistant.domain.identity.Timezone;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.domain.sms.SmsSegments;
import org.tdah.assistant.testkit.InMemoryCore;

/**
 * The SMS router on the in-memory adapters, the provider played by the test: a signed text is
 * taken once, filed in the person's SMS conversation, answered by their assistant and texted back
 * from the number they texted, at that number's pace; STOP silences every text until START; a
 * stranger is onboarded once; our own numbers are never answered.
 */
class SmsRouterTest {
    private static final PhoneNumber PHONE = PhoneNumber.parse("+14155550123");
    private static final PhoneNumber STRANGER = PhoneNumber.parse("+14155550999");
    private static final String INBOUND_URL = InMemoryCore.PUBLIC_BASE_URL + "/api/v1/sms/twilio/inbound";

    private final InMemoryCore fixture = new InMemoryCore();
    private final SmsCore sms = fixture.core.sms();
    private final AccountId sam = new AccountId("account-sam");
    private int sids;

    @BeforeEach
    void aPersonWithAVerifiedPhone() {
        fixture.accounts.add(Account.register(sam, EmailAddress.parse("sam@example.org"), DisplayName.parse("Sam"),
                new PasswordHash("hash"), fixture.clock.instant()).withEmailVerified()
                .withProfile(DisplayName.parse("Sam"), new Timezone("UTC"), Language.EN));
        fixture.phones.saveVerified(sam, PHONE, false, fixture.clock.instant());
    }

    private ReceiveInboundText.Result text(PhoneNumber from, PhoneNumber to, String body) {
        return deliver(signed(from, to, body, nextSid()));
    }

    private String nextSid() {
        return String.format("SM%032x", ++sids);
    }

    private WebhookCall signed(PhoneNumber from, PhoneNumber to, String body, String sid) {
        Map<String, String> parameters = new HashMap<>(Map.of("MessageSid", sid, "From", from.value(), "To", to.value(),
                "Body", body, "NumSegments", "1"));
        return new WebhookCall(INBOUND_URL, parameters,
                Optional.of(fixture.webhookSignatures.sign(INBOUND_URL, parameters)));
    }

    private ReceiveInboundText.Result deliver(WebhookCall call) {
        ReceiveInboundText.Result result = sms.receiveInboundText().receive(call);
        sms.routeInboundTexts().routeWaiting();
        sms.sendQueuedTexts().sendDue();
        return result;
    }

    private List<OutgoingSms> textsTo(PhoneNumber phone) {
        return fixture.textMessages.sent().stream().filter(text -> text.to().equals(phone)).toList();
    }

    @Test
    void aTextToTheSharedNumberIsFiledAnsweredAndTextedBackFromIt() {
        assertThat(text(PHONE, InMemoryCore.PLATFORM_NUMBER, "remind me to call the pharmacy in 20 minutes"))
                .isInstanceOf(ReceiveInboundText.Result.Received.class);

        assertThat(textsTo(PHONE)).singleElement().satisfies(reply -> {
            assertThat(reply.from()).contains(InMemoryCore.PLATFORM_NUMBER);
            assertThat(reply.body()).contains("call the pharmacy");
        });
        assertThat(fixture.reminders.ofOwner(sam, Optional.empty(), 10)).hasSize(1);
        assertThat(fixture.conversations.bySms(sam, PHONE)).get().extracting(conversation -> conversation.channel())
                .isEqualTo(Channel.SMS);
        assertThat(fixture.inboundTexts.outcomeOf(String.format("SM%032x", 1))).contains(RoutingOutcome.ANSWERED);
    }

    @Test
    void aTextIsRoutedAndItsReplyQueuedContinuingTheRequestIdOfTheWebhookCallThatDeliveredIt() {
        fixture.correlation.continuing(Optional.of("req-webhook-1"),
                () -> sms.receiveInboundText().receive(signed(PHONE, InMemoryCore.PLATFORM_NUMBER, "add buy milk", nextSid())));
        assertThat(fixture.correlation.current()).as("the router's thread has no id of its own").isEmpty();

        sms.routeInboundTexts().routeWaiting();

        assertThat(fixture.smsOutbox.entries()).singleElement()
                .satisfies(entry -> assertThat(entry.text().requestId()).contains("req-webhook-1"));
        assertThat(fixture.correlation.current()).as("cleared after the text is routed").isEmpty();
        sms.sendQueuedTexts().sendDue();
        assertThat(textsTo(PHONE)).hasSize(1);
    }

    @Test
    void aPersonsTextIsAnsweredInTheFirstPassEvenBehindAFloodOfStrangersTexts() {
        PhoneNumber flooder = PhoneNumber.parse("+14155550888");
        for (int i = 0; i < 3 * RouteInboundTexts.Settings.DEFAULT.batchSize(); i++) {
            sms.receiveInboundText().receive(signed(flooder, InMemoryCore.PLATFORM_NUMBER, "hello? " + i, nextSid()));
            fixture.clock.advance(Duration.ofMillis(1));
        }
        sms.receiveInboundText().receive(signed(PHONE, InMemoryCore.PLATFORM_NUMBER, "add buy milk", nextSid()));

        sms.routeInboundTexts().routeWaiting();
        sms.sendQueuedTexts().sendDue(); // the stranger's onboarding text, then the shared number's pace
        fixture.clock.advance(Duration.ofSeconds(1));
        sms.sendQueuedTexts().sendDue();

        assertThat(textsTo(PHONE)).singleElement().satisfies(reply -> assertThat(reply.body()).contains("buy milk"));
        assertThat(fixture.inboundTexts.waiting()).isEqualTo(3 * RouteInboundTexts.Settings.DEFAULT.batchSize() - 1);
    }

    @Test
    void aTextDeliveredTwiceIsTakenOnceAndAnsweredOnce() {
        WebhookCall call = signed(PHONE, InMemoryCore.PLATFORM_NUMBER, "add buy milk", nextSid());

        assertThat(deliver(call)).isInstanceOf(ReceiveInboundText.Result.Received.class);
        assertThat(deliver(call)).isInstanceOf(ReceiveInboundText.Result.Duplicate.class);

        assertThat(textsTo(PHONE)).hasSize(1);
    }

    @Test
    void aForgedOrAlteredTextIsRefusedAndChangesNothing() {
        WebhookCall genuine = signed(PHONE, InMemoryCore.PLATFORM_NUMBER, "add buy milk", nextSid());
        Map<String, String> altered = new HashMap<>(genuine.parameters());
        altered.put("Body", "delete everything");

        assertThat(deliver(new WebhookCall(INBOUND_URL, altered, genuine.signature())))
                .isInstanceOf(ReceiveInboundText.Result.Forged.class);
        assertThat(deliver(new WebhookCall(INBOUND_URL, genuine.parameters(), Optional.empty())))
                .isInstanceOf(ReceiveInboundText.Result.Forged.class);
        assertThat(deliver(new WebhookCall("http://elsewhere.test/api/v1/sms/twilio/inbound", genuine.parameters(),
                genuine.signature()))).isInstanceOf(ReceiveInboundText.Result.Forged.class);

        assertThat(fixture.inboundTexts.waiting()).isZero();
        assertThat(fixture.textMessages.sent()).isEmpty();
    }

    @Test
    void afterStopNothingIsTextedCodesIncludedUntilStart() {
        fixture.accounts.giveSmsConsent(sam, new SmsConsent(fixture.clock.instant(), SmsConsent.Source.PROFILE));

        text(PHONE, InMemoryCore.PLATFORM_NUMBER, "Stop");

        assertThat(textsTo(PHONE)).isEmpty();
        assertThat(fixture.accounts.withId(sam).orElseThrow().smsConsent()).isNull();
        assertThat(sms.sending().now().send(new OutgoingSms(PHONE, "Your code: 123456")))
                .isInstanceOf(SmsSendResult.Unsubscribed.class);
        text(PHONE, InMemoryCore.PLATFORM_NUMBER, "add buy milk");
        assertThat(textsTo(PHONE)).isEmpty();

        text(PHONE, InMemoryCore.PLATFORM_NUMBER, "START");

        assertThat(textsTo(PHONE)).singleElement().satisfies(reply -> assertThat(reply.body()).contains("again"));
        assertThat(fixture.accounts.withId(sam).orElseThrow().smsConsent().source()).isEqualTo(SmsConsent.Source.SMS);
        assertThat(sms.sending().now().send(new OutgoingSms(PHONE, "Your code: 123456")))
                .isInstanceOf(SmsSendResult.Accepted.class);
    }

    @Test
    void aFrenchStopWordOptsOutAndYesOnlyOptsBackInWhenOut() {
        text(PHONE, InMemoryCore.PLATFORM_NUMBER, "arrêt");
        assertThat(fixture.optOuts.isOptedOut(InMemoryCore.PLATFORM_NUMBER, PHONE)).isTrue();

        text(PHONE, InMemoryCore.PLATFORM_NUMBER, "yes");

        assertThat(fixture.optOuts.isOptedOut(InMemoryCore.PLATFORM_NUMBER, PHONE)).isFalse();
    }

    @Test
    void aidIsAnsweredInFrenchWhateverThePersonsLanguageAndItsQuotesAreSentPlainInGsm7() {
        text(PHONE, InMemoryCore.PLATFORM_NUMBER, "Aide");

        assertThat(textsTo(PHONE)).singleElement().satisfies(reply -> {
            assertThat(reply.body()).startsWith("Ton assistant TDAH").contains("\" rappelle-moi d'appeler maman")
                    .doesNotContain("\u00AB");
            assertThat(SmsSegments.of(reply.body()).encoding()).isEqualTo(SmsSegments.Encoding.GSM_7);
        });
    }

    @Test
    void aFrenchReminderIsConfirmedInOneGsm7TextAndItsUsageCountsWhatWasSent() {
        fixture.accounts.updateProfile(sam, DisplayName.parse("Sam"), new Timezone("Europe/Paris"), Language.FR);

        text(PHONE, InMemoryCore.PLATFORM_NUMBER, "rappelle-moi d'appeler la pharmacie à 16h");

        assertThat(textsTo(PHONE)).singleElement().satisfies(reply -> {
            assertThat(reply.body()).startsWith("Rappel 1").contains("\" fait 1 \"");
            assertThat(SmsSegments.of(reply.body()).count()).isEqualTo(1);
        });
    }

    @Test
    void aStrangerGetsOneOnboardingReplyWithTheSignUpLink() {
        text(STRANGER, InMemoryCore.PLATFORM_NUMBER, "hello?");
        text(STRANGER, InMemoryCore.PLATFORM_NUMBER, "hello??");

        assertThat(textsTo(STRANGER)).singleElement()
                .satisfies(reply -> assertThat(reply.body()).contains(InMemoryCore.PUBLIC_BASE_URL));
    }

    @Test
    void aTextFromOneOfOurOwnNumbersIsNeverAnswered() {
        text(InMemoryCore.PLATFORM_NUMBER, InMemoryCore.PLATFORM_NUMBER, "remind me to loop in 5 minutes");

        assertThat(fixture.textMessages.sent()).isEmpty();
        assertThat(fixture.inboundTexts.outcomeOf(String.format("SM%032x", 1))).contains(RoutingOutcome.IGNORED_LOOP);
    }

    @Test
    void repliesFromOneNumberLeaveAtItsPace() {
        text(PHONE, InMemoryCore.PLATFORM_NUMBER, "add buy milk");
        sms.receiveInboundText().receive(signed(PHONE, InMemoryCore.PLATFORM_NUMBER, "add buy bread", nextSid()));
        sms.routeInboundTexts().routeWaiting();

        assertThat(sms.sendQueuedTexts().sendDue().sent()).isZero();
        fixture.clock.advance(Duration.ofSeconds(1));
        assertThat(sms.sendQueuedTexts().sendDue().sent()).isEqualTo(1);
        assertThat(textsTo(PHONE)).hasSize(2);
    }

    @Test
    void aDedicatedNumberIsBoughtWithOurWebhooksAndAnswersOnlyItsOwner() {
        ProvisionNumber.Result result = sms.provisionNumber().provision(sam,
                new ProvisionNumber.Command(Optional.of("415"), Optional.empty()));
        AssignedNumber number = ((ProvisionNumber.Result.Provisioned) result).number();
        assertThat(fixture.phoneNumbers.configurationOf(number.id())).get()
                .satisfies(configuration -> assertThat(configuration.webhooks().smsUrl()).hasToString(INBOUND_URL));

        text(PHONE, number.phoneNumber(), "add buy milk");
        text(STRANGER, number.phoneNumber(), "what is this?");
        fixture.clock.advance(Duration.ofSeconds(1)); // one text a second from a number
        sms.sendQueuedTexts().sendDue();

        assertThat(textsTo(PHONE)).singleElement()
                .satisfies(reply -> assertThat(reply.from()).contains(number.phoneNumber()));
        assertThat(textsTo(STRANGER)).singleElement()
                .satisfies(reply -> assertThat(reply.body()).contains(InMemoryCore.PUBLIC_BASE_URL));
        assertThat(fixture.conversations.bySms(sam, STRANGER)).isEmpty();
        assertThat(sms.provisionNumber().provision(sam, new ProvisionNumber.Command(Optional.empty(), Optional.empty())))
                .isInstanceOf(ProvisionNumber.Result.AlreadyHasOne.class);
    }
}
