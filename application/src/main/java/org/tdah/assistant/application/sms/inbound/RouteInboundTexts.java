package org.tdah.assistant.application.sms.inbound;

import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.Phones;
import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.shared.port.Correlation;
import org.tdah.assistant.application.shared.port.TextMessages;
import org.tdah.assistant.application.shared.port.Transactions;
import org.tdah.assistant.application.sms.InboundText;
import org.tdah.assistant.application.sms.RoutingOutcome;
import org.tdah.assistant.application.sms.port.InboundTexts;
import org.tdah.assistant.application.sms.port.OptOuts;
import org.tdah.assistant.application.sms.port.PersonalAssistant;
import org.tdah.assistant.application.sms.port.PhoneNumbers;
import org.tdah.assistant.application.sms.port.SmsOutbox;
import org.tdah.assistant.application.sms.support.RouterWording;
import org.tdah.assistant.application.sms.support.UsageBook;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.SmsConsent;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.domain.sms.SmsKeyword;

/**
 * Routes the texts waiting in the intake, each in one transaction with everything it causes, so a
 * text is routed exactly once: a router that dies halfway leaves nothing, and the text waits again
 * when its lease runs out. Each text is routed continuing the request id of the webhook call that
 * delivered it, so its log lines, the replies it queues and their sending carry that id.
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

    private record Routed(RoutingOutcome outcome, Optional<AccountId> person) {}

    private final InboundTexts inbound;
    private final Whose whose;
    private final OptOuts optOuts;
    private final SmsOutbox outbox;
    private final TextMessages replies;
    private final Accounts accounts;
    private final PersonalAssistant assistant;
    private final UsageBook usage;
    private final RouterWording wording;
    private final Transactions transactions;
    private final Settings settings;
    private final Correlation correlation;
    private final Clock clock;

    public RouteInboundTexts(InboundTexts inbound, PhoneNumbers numbers, Phones phones, Accounts accounts,
            OptOuts optOuts, SmsOutbox outbox, TextMessages replies, PersonalAssistant assistant,
            UsageBook usage, RouterWording wording, Transactions transactions, Settings settings,
            PhoneNumber platformNumber, Correlation correlation, Clock clock) {
        this.inbound = inbound;
        this.whose = new Whose(numbers, phones, accounts, platformNumber);
        this.optOuts = optOuts;
        this.outbox = outbox;
        this.replies = replies;
        this.accounts = accounts;
        this.assistant = assistant;
        this.usage = usage;
        this.wording = wording;
        this.transactions = transactions;
        this.settings = settings;
        this.correlation = correlation;
        this.clock = clock;
    }

    /** One pass: claims the texts waiting and routes each. */
    public Report routeWaiting() {
        Instant now = clock.instant();
        List<InboundText> claimed = inbound.claimWaiting(settings.batchSize(), now, now.plus(settings.lease()));
        int routed = 0;
        int failed = 0;
        for (InboundText text : claimed) {
            if (correlation.continuing(text.requestId(), () -> routeLogged(text))) {
                routed++;
            } else {
                failed++;
            }
        }
        return new Report(routed, failed);
    }

    private boolean routeLogged(InboundText text) {
        try {
            return transactions.inTransaction(() -> routeOne(text));
        } catch (RuntimeException failure) {
            LOG.log(Level.ERROR, "Could not route the text " + text.messageSid() + ", it waits again", failure);
            return false;
        }
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
        Language language = frenchKeyword(text).or(() -> person.map(Account::language)).orElse(Language.EN);
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
        return switch (keyword.kind()) {
            case STOP -> {
                optOuts.optOut(text.to(), text.from(), OptOuts.Source.KEYWORD, now);
                person.ifPresent(accounts::withdrawSmsConsent);
                yield RoutingOutcome.OPTED_OUT;
            }
            case START -> {
                optOuts.optIn(text.to(), text.from(), now);
                person.ifPresent(account -> accounts.giveSmsConsent(account, new SmsConsent(now, SmsConsent.Source.SMS)));
                reply(text, wording.optedIn(language));
                yield RoutingOutcome.OPTED_IN;
            }
            case HELP -> {
                reply(text, wording.help(language));
                yield RoutingOutcome.HELPED;
            }
        };
    }

    private RoutingOutcome onboard(InboundText text, Language language) {
        if (outbox.queuedTo(text.from(), clock.instant().minus(settings.onboardingEvery())) > 0) {
            return RoutingOutcome.IGNORED_UNKNOWN;
        }
        reply(text, wording.onboarding(language));
        return RoutingOutcome.ONBOARDED;
    }

    private RoutingOutcome converse(InboundText text, Account person) {
        PersonalAssistant.Filed filed = assistant.file(person.id(), text.from(), text.body());
        boolean capped = outbox.queuedTo(text.from(), clock.instant().minus(Duration.ofMinutes(1)))
                >= settings.repliesPerMinute();
        if (capped || optOuts.isOptedOut(text.to(), text.from())) {
            return RoutingOutcome.KEPT_UNANSWERED;
        }
        Optional<PersonalAssistant.Answer> answer = assistant.answer(filed,
                said -> new PersonalAssistant.Answer(wording.fitted(said.text(), said.language()), said.language()));
        if (answer.isEmpty()) {
            return RoutingOutcome.KEPT_UNANSWERED;
        }
        reply(text, answer.get().text());
        return RoutingOutcome.ANSWERED;
    }

    private void reply(InboundText text, String body) {
        replies.send(OutgoingSms.from(text.to(), text.from(), body));
    }

    /** French when the text is a French keyword (ARRÊT, AIDE): answered in the language it is written in. */
    private static Optional<Language> frenchKeyword(InboundText text) {
        return SmsKeyword.of(text.body()).map(SmsKeyword::word)
                .filter(word -> word.equals("ARRET") || word.equals("AIDE")).map(word -> Language.FR);
    }
}
