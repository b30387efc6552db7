package org.tdah.assistant.application.sms;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.conversation.MessageWindow;
import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.shared.SmsSendResult;
import org.tdah.assistant.application.sms.inbound.RouteInboundTexts;
import org.tdah.assistant.application.sms.numbers.ProvisionNumber;
import org.tdah.assistant.application.sms.numbers.ReleaseNumber;
import org.tdah.assistant.application.sms.numbers.RepairWebhooks;
import org.tdah.assistant.application.sms.outbound.SendQueuedTexts;
import org.tdah.assistant.application.sms.status.RecordDeliveryStatus;
import org.tdah.assistant.application.sms.usage.ViewUsage;
import org.tdah.assistant.domain.conversation.Author;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.Timezone;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.domain.sms.SmsBody;
import org.tdah.assistant.domain.sms.SmsDirection;
import org.tdah.assistant.domain.sms.UsagePeriod;
import org.tdah.assistant.testkit.InMemoryCore;

/**
 * The rest of the SMS router on the in-memory adapters: numbers released by their owner (or an
 * administrator) and nobody else, webhooks set back when they drift, delivery statuses and the
 * carrier's opt-out, the provider's prices replacing estimates, texts retried while the provider is
 * away and never resent once refused for good, the cap of replies a minute, and long texts cut.
 */
class SmsNumbersAndDeliveryTest {
    private static final PhoneNumber SAMS_PHONE = PhoneNumber.parse("+14155550123");
    private static final PhoneNumber ALEXS_PHONE = PhoneNumber.parse("+14155550124");
    private static final String INBOUND_URL = InMemoryCore.PUBLIC_BASE_URL + OurWebhooks.INBOUND_PATH;
    private static final String STATUS_URL = InMemoryCore.PUBLIC_BASE_URL + OurWebhooks.STATUS_PATH;

    private final InMemoryCore fixture = new InMemoryCore();
    private final SmsCore sms = fixture.core.sms();
    private final AccountId sam = new AccountId("account-sam");
    private final AccountId alex = new AccountId("account-alex");
    private int sids;

    @BeforeEach
    void twoPeopleWithVerifiedPhones() {
        person(sam, "sam@example.org", SAMS_PHONE);
        person(alex, "alex@example.org", ALEXS_PHONE);
    }

    private void person(AccountId id, String email, PhoneNumber phone) {
        fixture.accounts.add(Account.register(id, EmailAddress.parse(email), DisplayName.parse("Sam"),
                new PasswordHash("hash"), fixture.clock.instant()).withEmailVerified()
                .withProfile(DisplayName.parse("Sam"), new Timezone("UTC"), Language.EN));
        fixture.phones.saveVerified(id, phone, false, fixture.clock.instant());
    }

    private AssignedNumber dedicatedNumberOf(AccountId person) {
        return ((ProvisionNumber.Result.Provisioned) sms.provisionNumber().provision(person,
                new ProvisionNumber.Command(Optional.empty(), Optional.empty()))).number();
    }

    private WebhookCall signed(String url, Map<String, String> parameters) {
        return new WebhookCall(url, parameters, Optional.of(fixture.webhookSignatures.sign(url, parameters)));
    }

    private void text(PhoneNumber from, PhoneNumber to, String body) {
        // inbound ids of their own: the recording provider numbers the texts it takes SM000...1, SM000...2
        Map<String, String> parameters = new HashMap<>(Map.of("MessageSid", String.format("SMa%031x", ++sids),
                "From", from.value(), "To", to.value(), "Body", body));
        sms.receiveInboundText().receive(signed(INBOUND_URL, parameters));
    }

    private void routeAndSendEverything() {
        sms.routeInboundTexts().routeWaiting();
        for (int second = 0; second < 30; second++) {
            sms.sendQueuedTexts().sendDue();
            fixture.clock.advance(Duration.ofSeconds(1));
        }
    }

    private List<OutgoingSms> textsTo(PhoneNumber phone) {
        return fixture.textMessages.sent().stream().filter(text -> text.to().equals(phone)).toList();
    }

    private RecordDeliveryStatus.Result status(String providerSid, String status, Optional<String> errorCode,
            PhoneNumber from, PhoneNumber to) {
        Map<String, String> parameters = new HashMap<>(Map.of("MessageSid", providerSid, "MessageStatus", status,
                "From", from.value(), "To", to.value()));
        errorCode.ifPresent(code -> parameters.put("ErrorCode", code));
        return sms.recordDeliveryStatus().record(signed(STATUS_URL, parameters));
    }

    /** The provider's id of the one text sent so far, as the usage log has it (not priced yet). */
    private String providerSidOfTheTextSent() {
        return fixture.smsUsage.awaitingPrice(fixture.clock.instant().plus(Duration.ofDays(1)), 10).stream()
                .map(UsageRecord::providerSid).reduce((only, another) -> {
                    throw new AssertionError("more than one text sent: " + only + ", " + another);
                }).orElseThrow();
    }

    @Test
    void aNumberIsReleasedByItsOwnerAndByNobodyElse() {
        AssignedNumber number = dedicatedNumberOf(sam);

        assertThat(sms.releaseNumber().release(alex, number.id())).isInstanceOf(ReleaseNumber.Result.NoSuchNumber.class);
        assertThat(fixture.numberProvider.owned()).extracting(ProvisionedNumber::phoneNumber)
                .contains(number.phoneNumber());

        assertThat(sms.releaseNumber().release(sam, number.id())).isInstanceOf(ReleaseNumber.Result.Released.class);
        assertThat(fixture.numberProvider.owned()).extracting(ProvisionedNumber::phoneNumber)
                .doesNotContain(number.phoneNumber());
        assertThat(fixture.phoneNumbers.withId(number.id())).get()
                .satisfies(released -> assertThat(released.releasedAt()).isPresent());
        Optional<Instant> releasedAt = fixture.phoneNumbers.withId(number.id()).orElseThrow().releasedAt();
        fixture.clock.advance(Duration.ofMinutes(5));
        assertThat(sms.releaseNumber().release(sam, number.id())).as("releasing it again changes nothing")
                .isInstanceOf(ReleaseNumber.Result.Released.class);
        assertThat(fixture.phoneNumbers.withId(number.id()).orElseThrow().releasedAt()).isEqualTo(releasedAt);
    }

    @Test
    void anAdministratorReleasesAnyonesNumberAndThePersonIsTextedFromTheSharedOneAgain() {
        AssignedNumber number = dedicatedNumberOf(sam);

        assertThat(sms.releaseNumber().releaseAny(number.id())).isInstanceOf(ReleaseNumber.Result.Released.class);

        text(SAMS_PHONE, InMemoryCore.PLATFORM_NUMBER, "add buy milk");
        routeAndSendEverything();
        assertThat(textsTo(SAMS_PHONE)).singleElement()
                .satisfies(reply -> assertThat(reply.from()).contains(InMemoryCore.PLATFORM_NUMBER));
    }

    @Test
    void webhooksChangedAtTheProviderAreSetBackToOursAndTheCheckIsRecorded() {
        AssignedNumber number = dedicatedNumberOf(sam);
        URI elsewhere = URI.create("https://elsewhere.example/sms");
        fixture.numberProvider.configure(number.providerSid().orElseThrow(),
                NumberWebhooks.of(elsewhere, elsewhere, elsewhere));

        RepairWebhooks.Report report = sms.repairWebhooks().checkAll();

        assertThat(report.checked()).isEqualTo(1);
        assertThat(report.repaired()).isEqualTo(1);
        assertThat(fixture.numberProvider.fetch(number.providerSid().orElseThrow())).get()
                .satisfies(provisioned -> assertThat(provisioned.webhooks().smsUrl()).hasToString(INBOUND_URL));
        assertThat(sms.repairWebhooks().checkAll().repaired()).as("nothing drifted since").isZero();
    }

    @Test
    void aDeliveryStatusIsRecordedAndTheCarriersOptOutStopsEveryLaterText() {
        text(SAMS_PHONE, InMemoryCore.PLATFORM_NUMBER, "add buy milk");
        routeAndSendEverything();
        String reply = providerSidOfTheTextSent();

        assertThat(status(reply, "delivered", Optional.empty(), InMemoryCore.PLATFORM_NUMBER, SAMS_PHONE))
                .isInstanceOf(RecordDeliveryStatus.Result.Recorded.class);
        assertThat(fixture.smsUsage.byProviderSid(reply)).get()
                .satisfies(usage -> assertThat(usage.status()).isEqualTo(DeliveryStatus.DELIVERED));

        assertThat(status(reply, "undelivered", Optional.of("21610"), InMemoryCore.PLATFORM_NUMBER, SAMS_PHONE))
                .isInstanceOf(RecordDeliveryStatus.Result.Recorded.class);
        assertThat(fixture.optOuts.isOptedOut(InMemoryCore.PLATFORM_NUMBER, SAMS_PHONE)).isTrue();
        assertThat(sms.sending().now().send(new OutgoingSms(SAMS_PHONE, "Reminder: stretch")))
                .isInstanceOf(SmsSendResult.Unsubscribed.class);
        assertThat(textsTo(SAMS_PHONE)).hasSize(1);
    }

    @Test
    void aStatusCallbackNotSignedOrAboutNoKnownTextChangesNothing() {
        Map<String, String> parameters = Map.of("MessageSid", "SM" + "0".repeat(32), "MessageStatus", "failed",
                "ErrorCode", "21610", "From", InMemoryCore.PLATFORM_NUMBER.value(), "To", SAMS_PHONE.value());

        assertThat(sms.recordDeliveryStatus().record(new WebhookCall(STATUS_URL, parameters, Optional.of("forged"))))
                .isInstanceOf(RecordDeliveryStatus.Result.Forged.class);
        assertThat(sms.recordDeliveryStatus().record(signed(STATUS_URL, parameters)))
                .isInstanceOf(RecordDeliveryStatus.Result.UnknownText.class);
        assertThat(fixture.optOuts.isOptedOut(InMemoryCore.PLATFORM_NUMBER, SAMS_PHONE)).isFalse();
    }

    @Test
    void theProvidersPriceReplacesTheEstimateOnceItHasPricedTheText() {
        text(SAMS_PHONE, InMemoryCore.PLATFORM_NUMBER, "add buy milk");
        routeAndSendEverything();
        String reply = providerSidOfTheTextSent();
        assertThat(fixture.smsUsage.byProviderSid(reply)).get()
                .satisfies(usage -> assertThat(usage.estimated()).isTrue());

        fixture.clock.advance(Duration.ofMinutes(1)); // the provider prices a text once it is delivered
        assertThat(sms.reconcilePrices().reconcile()).as("not priced by the provider yet").isZero();
        fixture.numberProvider.priced(reply, new MessagePrice(new BigDecimal("0.0158"), "USD", 2));
        assertThat(sms.reconcilePrices().reconcile()).isEqualTo(1);

        assertThat(fixture.smsUsage.byProviderSid(reply)).get().satisfies(usage -> {
            assertThat(usage.estimated()).isFalse();
            assertThat(usage.cost()).isEqualByComparingTo("0.0158");
            assertThat(usage.segments()).isEqualTo(2);
        });
        assertThat(sms.reconcilePrices().reconcile()).as("priced once").isZero();
    }

    @Test
    void aReplyIsRetriedWhileTheProviderIsAwayThenSentOnce() {
        text(SAMS_PHONE, InMemoryCore.PLATFORM_NUMBER, "add buy milk");
        sms.routeInboundTexts().routeWaiting();
        fixture.textMessages.setDown(true);

        SendQueuedTexts.Report away = sms.sendQueuedTexts().sendDue();
        assertThat(away.retried()).isEqualTo(1);
        fixture.textMessages.setDown(false);
        assertThat(sms.sendQueuedTexts().sendDue().handled()).as("it waits for its retry").isZero();

        fixture.clock.advance(Duration.ofMinutes(1));
        assertThat(sms.sendQueuedTexts().sendDue().sent()).isEqualTo(1);
        fixture.clock.advance(Duration.ofHours(1));
        assertThat(sms.sendQueuedTexts().sendDue().handled()).isZero();
        assertThat(textsTo(SAMS_PHONE)).hasSize(1);
    }

    @Test
    void aReplyRefusedForGoodIsNeverSentAgain() {
        fixture.textMessages.refuse(SAMS_PHONE, new SmsSendResult.InvalidNumber());
        text(SAMS_PHONE, InMemoryCore.PLATFORM_NUMBER, "add buy milk");
        sms.routeInboundTexts().routeWaiting();

        assertThat(sms.sendQueuedTexts().sendDue().failed()).isEqualTo(1);
        fixture.clock.advance(Duration.ofHours(2));
        assertThat(sms.sendQueuedTexts().sendDue().handled()).isZero();
    }

    @Test
    void aPhoneTextingMoreThanTheCapInAMinuteGetsNoMoreRepliesButEveryTextIsKeptInItsConversation() {
        for (int i = 0; i < 12; i++) {
            text(SAMS_PHONE, InMemoryCore.PLATFORM_NUMBER, "add chore " + i);
        }
        for (int pass = 0; pass < 12; pass++) {
            sms.routeInboundTexts().routeWaiting();
        }
        routeAndSendEverything();

        int cap = RouteInboundTexts.Settings.DEFAULT.repliesPerMinute();
        assertThat(textsTo(SAMS_PHONE)).hasSize(cap);
        Conversation conversation = fixture.conversations.bySms(sam, SAMS_PHONE).orElseThrow();
        assertThat(fixture.messages.ofConversation(conversation.id(), MessageWindow.ALWAYS, Optional.empty(), 50))
                .filteredOn(message -> message.author() == Author.USER).hasSize(12);
        assertThat(fixture.tasks.ofOwner(sam, Optional.empty(), Optional.empty(), 50)).as("acted on: the answered ones")
                .hasSize(cap);
    }

    @Test
    void aTextLongerThanAnSmsMayBeIsKeptCutWithANoteAndAnswered() {
        text(SAMS_PHONE, InMemoryCore.PLATFORM_NUMBER, "add " + "pack the bags, ".repeat(150));
        routeAndSendEverything();

        Conversation conversation = fixture.conversations.bySms(sam, SAMS_PHONE).orElseThrow();
        assertThat(fixture.messages.ofConversation(conversation.id(), MessageWindow.ALWAYS, Optional.empty(), 10))
                .filteredOn(message -> message.author() == Author.USER).singleElement()
                .satisfies(kept -> assertThat(kept.body().value().length()).isBetween(1_500, SmsBody.MAX_LENGTH));
        assertThat(textsTo(SAMS_PHONE)).hasSize(1);
    }

    @Test
    void anAdministratorSeesUsagePerPersonAndNumberAndTheMonthlyFeeOfEachDedicatedNumber() {
        AssignedNumber number = dedicatedNumberOf(sam);
        text(SAMS_PHONE, number.phoneNumber(), "add buy milk");
        text(ALEXS_PHONE, InMemoryCore.PLATFORM_NUMBER, "add buy bread");
        routeAndSendEverything();
        LocalDate today = LocalDate.ofInstant(fixture.clock.instant(), ZoneOffset.UTC);

        ViewUsage.Usage everyone = sms.viewUsage().everyone(new ViewUsage.Range(today, today, UsagePeriod.Granularity.MONTH));

        assertThat(everyone.texts()).extracting(UsageLine::person, UsageLine::ourNumber, UsageLine::direction)
                .contains(
                        tuple(Optional.of(sam), Optional.of(number.phoneNumber()), SmsDirection.INBOUND),
                        tuple(Optional.of(sam), Optional.of(number.phoneNumber()), SmsDirection.OUTBOUND),
                        tuple(Optional.of(alex), Optional.of(InMemoryCore.PLATFORM_NUMBER), SmsDirection.INBOUND));
        assertThat(everyone.numberFees()).singleElement().satisfies(fee -> {
            assertThat(fee.phoneNumber()).isEqualTo(number.phoneNumber());
            assertThat(fee.person()).isEqualTo(sam);
            assertThat(fee.cost()).isPositive();
        });
        assertThat(sms.viewUsage().of(alex, new ViewUsage.Range(today, today, UsagePeriod.Granularity.DAY)).numberFees())
                .as("alex has no number of their own").isEmpty();
    }
}
