package org.tdah.assistant.application.sms.inbound;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.application.assistant.dialogue.AnswerMessage;
import org.tdah.assistant.application.conversation.conversations.OpenSmsConversation;
import org.tdah.assistant.application.conversation.messages.PostMessage;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.identity.profile.RecordSmsConsent;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.application.sms.InboundText;
import org.tdah.assistant.application.sms.OutgoingSms;
import org.tdah.assistant.application.sms.RoutingOutcome;
import org.tdah.assistant.application.sms.port.InboundTexts;
import org.tdah.assistant.application.sms.port.OptOuts;
import org.tdah.assistant.application.sms.port.PhoneNumbers;
import org.tdah.assistant.application.sms.port.SmsOutbox;
import org.tdah.assistant.application.sms.port.TextMessages;
import org.tdah.assistant.application.sms.support.RouterWording;
import org.tdah.assistant.application.sms.support.UsageBook;
import org.tdah.assistant.domain.conversation.Author;
import org.tdah.assistant.domain.conversation.Channel;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.conversation.MessageBody;
import org.tdah.assistant.domain.conversation.MessageId;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.SmsConsent;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.domain.sms.SmsKeyword;

/**
 * Routes the texts waiting in the intake, each in one transaction with everything it causes, so a
 * text is routed exactly once: a router that dies halfway leaves nothing, and the text waits again
 * when its lease runs out.
 *
 * <ul>
 *   <li>STOP keywords opt the sender out of that number (and withdraw a person's consent to be
 *       texted): nothing is answered, nothing more is sent from it.</li>
 *   <li>START keywords (and YES, from someone opted out) opt back in, record a person's consent
 *       with the SMS as its source, and confirm.</li>
 *   <li>HELP keywords get the help text.</li>
 *   <li>Any other text of a person goes to their SMS conversation with this phone; their assistant
 *       answers it there, and the answer is texted back from the number they texted, unless they
 *       reached the cap of replies a minute (a loop with a machine) or opted out.</li>
 *   <li>A stranger gets one onboarding reply with the sign-up link, at most once per
 *       {@code onboardingEvery}; a text from one of our own numbers is never answered.</li>
 * </ul>
 */
public final class RouteInboundTexts {
    private static final System.Logger LOG = System.getLogger(RouteInboundTexts.class.getName());

    /** How many texts a pass claims, for how long, and the limits on replies. */
    public record Settings(int batchSize, Duration lease, int repliesPerMinute, Duration onboardingEvery) {
        public static final Settings DEFAULT = new Settings(50, Duration.ofMinutes(1), 10, Duration.ofDays(1));

        public Settings {
            Objects.requireNonNull(lease, "lease");
            Objects.requireNonNull(onboardingEvery, "onboardingEvery");
            if (batchSize < 1 || lease.isNegative() || lease.isZero() || repliesPerMinute < 1) {
                throw new IllegalArgumentException("texts are routed in batches, leased for a while, answered at least once a minute");
            }
        }
    }

    /** What one pass did: texts routed, and texts it could not route (they wait again). */
    public record Report(int routed, int failed) {}

    /** The assistant side of a text: where it is filed and who answers it. */
    public record Assistant(OpenSmsConversation conversations, PostMessage messages, AnswerMessage answers) {}

    private record Routed(RoutingOutcome outcome, Optional<AccountId> person) {}

    private final InboundTexts inbound;
    private final Whose whose;
    private final OptOuts optOuts;
    private final SmsOutbox outbox;
    private final TextMessages replies;
    private final RecordSmsConsent consent;
    private final Assistant assistant;
    private final UsageBook usage;
    private final RouterWording wording;
    private final Transactions transactions;
    private final Settings settings;
    private final Clock clock;

    public RouteInboundTexts(InboundTexts inbound, PhoneNumbers numbers, Phones phones, Accounts accounts,
            OptOuts optOuts, SmsOutbox outbox, TextMessages replies, RecordSmsConsent consent, Assistant assistant,
            UsageBook usage, RouterWording wording, Transactions transactions, Settings settings,
            PhoneNumber platformNumber, Clock clock) {
        this.inbound = inbound;
        this.whose = new Whose(numbers, phones, accounts, platformNumber);
        this.optOuts = optOuts;
        this.outbox = outbox;
        this.replies = replies;
        this.consent = consent;
        this.assistant = assistant;
        this.usage = usage;
        this.wording = wording;
        this.transactions = transactions;
        this.settings = settings;
        this.clock = clock;
    }

    /** One pass: claims the texts waiting and routes each. */
    public Report routeWaiting() {
        Instant now = clock.instant();
        List<InboundText> claimed = inbound.claimWaiting(settings.batchSize(), now, now.plus(settings.lease()));
        int routed = 0;
        int failed = 0;
        for (InboundText text : claimed) {
            try {
                if (transactions.inTransaction(() -> routeOne(text))) {
                    routed++;
                }
            } catch (RuntimeException failure) {
                failed++;
                LOG.log(Level.ERROR, "Could not route the text {0}, it waits again: {1}", text.messageSid(),
                        failure.getClass().getSimpleName());
            }
        }
        return new Report(routed, failed);
    }

    private boolean routeOne(InboundText text) {
        Routed routed = route(text);
        if (!inbound.routed(text.id(), routed.outcome(), routed.person(), clock.instant())) {
            throw new RoutedElsewhere();
        }
        usage.received(text, routed.person());
        return true;
    }

    /** Another router routed the text after this one's lease ran out: this one's work is undone. */
    private static final class RoutedElsewhere extends RuntimeException {
        private static final long serialVersionUID = 1L;

        RoutedElsewhere() {
            super("the text was routed by another router", null, false, false);
        }
    }

    private Routed route(InboundText text) {
        Whose.Sender sender = whose.of(text);
        if (sender instanceof Whose.Sender.Ours) {
            return new Routed(RoutingOutcome.IGNORED_LOOP, Optional.empty());
        }
        if (sender instanceof Whose.Sender.NotOurs) {
            return new Routed(RoutingOutcome.IGNORED_NOT_OURS, Optional.empty());
        }
        Optional<Account> person = sender instanceof Whose.Sender.Person known ? Optional.of(known.account())
                : Optional.empty();
        Optional<AccountId> id = person.map(Account::id);
        Language language = person.map(Account::language).orElseGet(() -> languageOf(text));
        Optional<SmsKeyword> keyword = SmsKeyword.of(text.body())
                .filter(word -> !word.weak() || optOuts.isOptedOut(text.to(), text.from()));
        if (keyword.isPresent()) {
            return new Routed(keyword(keyword.get(), text, id, language), id);
        }
        if (person.isEmpty()) {
            return new Routed(onboard(text, language), Optional.empty());
        }
        return new Routed(converse(text, person.get()), id);
    }

    private RoutingOutcome keyword(SmsKeyword keyword, InboundText text, Optional<AccountId> person, Language language) {
        Instant now = clock.instant();
        switch (keyword.kind()) {
            case STOP -> {
                optOuts.optOut(text.to(), text.from(), OptOuts.Source.KEYWORD, now);
                person.ifPresent(consent::withdraw);
                return RoutingOutcome.OPTED_OUT;
            }
            case START -> {
                optOuts.optIn(text.to(), text.from(), now);
                person.ifPresent(account -> consent.give(account, SmsConsent.Source.SMS));
                reply(text, wording.optedIn(language));
                return RoutingOutcome.OPTED_IN;
            }
            case HELP -> {
                reply(text, wording.help(language));
                return RoutingOutcome.HELPED;
            }
            default -> throw new IllegalStateException("a keyword of no known kind: " + keyword.kind());
        }
    }

    private RoutingOutcome onboard(InboundText text, Language language) {
        if (outbox.queuedTo(text.from(), clock.instant().minus(settings.onboardingEvery())) > 0) {
            return RoutingOutcome.IGNORED_UNKNOWN;
        }
        reply(text, wording.onboarding(language));
        return RoutingOutcome.ONBOARDED;
    }

    private RoutingOutcome converse(InboundText text, Account person) {
        Conversation conversation = assistant.conversations().open(person.id(), text.from());
        Optional<Message> posted = post(person.id(), conversation, Author.USER, body(text.body()),
                Optional.empty());
        if (posted.isEmpty()) {
            throw new IllegalStateException("the person's own SMS conversation refused their text");
        }
        boolean capped = outbox.queuedTo(text.from(), clock.instant().minus(Duration.ofMinutes(1)))
                >= settings.repliesPerMinute();
        if (capped || optOuts.isOptedOut(text.to(), text.from())) {
            return RoutingOutcome.KEPT_UNANSWERED;
        }
        Optional<AnswerMessage.Reply> answer = assistant.answers().answer(person.id(), text.body());
        if (answer.isEmpty()) {
            return RoutingOutcome.KEPT_UNANSWERED;
        }
        String said = wording.fitted(answer.get().text(), answer.get().language());
        post(person.id(), conversation, Author.ASSISTANT, body(said), Optional.of(posted.get().id()));
        reply(text, said);
        return RoutingOutcome.ANSWERED;
    }

    private Optional<Message> post(AccountId person, Conversation conversation, Author author, MessageBody body,
            Optional<MessageId> replyTo) {
        return assistant.messages().post(person, conversation.id(), new PostMessage.Command(author, Channel.SMS, body,
                replyTo)).map(new PostMessage.Result.Mapping<Optional<Message>>() {
                    @Override
                    public Optional<Message> on(PostMessage.Result.Posted posted) {
                        return Optional.of(posted.message());
                    }

                    @Override
                    public Optional<Message> on(PostMessage.Result.NoSuchConversation noSuchConversation) {
                        return Optional.empty();
                    }

                    @Override
                    public Optional<Message> on(PostMessage.Result.NoSuchReplyTarget noSuchReplyTarget) {
                        return Optional.empty();
                    }
                });
    }

    private static MessageBody body(String text) {
        return new MessageBody(text.isBlank() ? "(an empty text)" : text);
    }

    private void reply(InboundText text, String body) {
        replies.send(OutgoingSms.from(text.to(), text.from(), body));
    }

    private static Language languageOf(InboundText text) {
        return SmsKeyword.of(text.body()).map(SmsKeyword::word)
                .filter(word -> word.equals("ARRET") || word.equals("AIDE")).map(word -> Language.FR)
                .orElse(Language.EN);
    }
}
