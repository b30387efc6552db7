package org.tdah.assistant.domain.assistant;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.tdah.assistant.domain.assistant.Intent.Capture;
import org.tdah.assistant.domain.assistant.Intent.Clarify;
import org.tdah.assistant.domain.assistant.Intent.Help;
import org.tdah.assistant.domain.assistant.Intent.NeedsText;
import org.tdah.assistant.domain.assistant.Intent.NeedsTime;
import org.tdah.assistant.domain.assistant.Intent.RemindOnce;
import org.tdah.assistant.domain.assistant.Intent.RemindRecurring;
import org.tdah.assistant.domain.assistant.Vocabulary.Meaning;
import org.tdah.assistant.domain.identity.Language;

/**
 * The rule-based understanding of one message, in English or French (decision record 0018). In
 * order: a short command ({@link Commands}); an explicit capture ("todo", "ajoute"); several lines
 * (one task each); a repetition ({@link Recurrences}); a reminder ("remind me", "rappelle-moi", or
 * a time at the start or the end of the message: "call mom at 4"); anything else is kept as a task
 * ({@link Capture#implicit()}). A reminder without a time, or a time without a text, is a
 * {@link Clarify} question; the next message answers it through {@link #understandAnswer}.
 *
 * <p>The person's language is used first; the other one is used when the message is clearly in
 * it, or when the person's language understands nothing but a plain task. Stateless and thread-safe;
 * "now" and the zone come from the caller (its clock), never from here.
 */
public final class MessageUnderstanding {

    public Intent understand(String message, Language language, ZoneId zone, Instant now) {
        Objects.requireNonNull(message, "message");
        Words words = Words.of(message);
        ZonedDateTime at = now.atZone(zone);
        Language first = languageOf(words, language);
        Intent intent = understandIn(Vocabulary.of(first), words, at);
        if (intent instanceof Capture capture && capture.implicit()) {
            Intent other = understandIn(Vocabulary.of(other(first)), words, at);
            if (!(other instanceof Capture otherCapture && otherCapture.implicit())) {
                return other;
            }
        }
        return intent;
    }

    /**
     * The answer to a clarifying question: for {@link NeedsTime}, a time ("4pm", "demain 9h", a bare
     * "4", "every monday") completes the reminder; for {@link NeedsText}, the text completes it
     * unless it is a command ("undo", "cancel"). A message that is a whole new reminder of its own
     * ("remind me to call mom tomorrow at 5") or an explicit capture is that, not an answer; any
     * other message is understood as a new one.
     */
    public Intent understandAnswer(Clarify pending, String message, Language language, ZoneId zone, Instant now) {
        Objects.requireNonNull(pending, "pending");
        Intent fresh = understand(message, language, zone, now);
        if (fresh instanceof Intent.Reminder complete && !complete.text().isBlank()
                || fresh instanceof Capture capture && !capture.implicit()) {
            return fresh;
        }
        if (pending instanceof NeedsText needsText && fresh instanceof NeedsTime what && !what.text().isBlank()) {
            return needsText.draft().withText(what.text());
        }
        Words words = Words.of(message);
        ZonedDateTime at = now.atZone(zone);
        Language first = languageOf(words, language);
        for (Language candidate : List.of(first, other(first))) {
            Vocabulary vocabulary = Vocabulary.of(candidate);
            Optional<Intent> answer = pending instanceof NeedsTime needsTime
                    ? timeAnswer(vocabulary, words, needsTime.text(), at)
                    : textAnswer(vocabulary, words, ((NeedsText) pending).draft(), at);
            if (answer.isPresent()) {
                return answer.get();
            }
        }
        return understand(message, language, zone, now);
    }

    /** The language a message is written in: the person's, unless more of its words are the other's. */
    public Language languageOf(String message, Language usual) {
        return languageOf(Words.of(message), usual);
    }

    private static Language languageOf(Words words, Language usual) {
        Vocabulary own = Vocabulary.of(usual);
        Vocabulary foreign = Vocabulary.of(other(usual));
        int ownScore = score(words, own, foreign);
        int foreignScore = score(words, foreign, own);
        return foreignScore > ownScore ? other(usual) : usual;
    }

    /**
     * How many words belong to this vocabulary's language (as typed or as a typo of one of its
     * words) and not to the other's; numbers belong to neither.
     */
    private static int score(Words words, Vocabulary vocabulary, Vocabulary other) {
        List<String> typed = words.list();
        List<String> read = vocabulary.canonical(words);
        int score = 0;
        for (int i = 0; i < typed.size(); i++) {
            boolean number = typed.get(i).chars().anyMatch(Character::isDigit);
            if (!number && vocabulary.signature().contains(read.get(i)) && !other.signature().contains(typed.get(i))
                    && !other.signature().contains(read.get(i))) {
                score++;
            }
        }
        return score;
    }

    private static Language other(Language language) {
        return language == Language.FR ? Language.EN : Language.FR;
    }

    private Intent understandIn(Vocabulary vocabulary, Words words, ZonedDateTime now) {
        if (words.isEmpty()) {
            return words.original().contains("?") || words.original().isBlank() ? new Help()
                    : new Capture(List.of(words.original().strip()), true);
        }
        List<String> list = vocabulary.canonical(words);
        Optional<Intent> command = new Commands(vocabulary).understand(list, now);
        if (command.isPresent()) {
            return command.get();
        }
        int capture = vocabulary.match(list, 0, Meaning.CAPTURE);
        if (capture > 0) {
            List<String> titles = explicitTitles(vocabulary, words, capture);
            if (!titles.isEmpty()) {
                return new Capture(titles, false);
            }
        }
        List<String> lines = lines(words.original());
        if (lines.size() > 1) {
            return new Capture(lines, true);
        }
        Set<Integer> trigger = remindTrigger(vocabulary, list);
        TimeExpressions times = new TimeExpressions(vocabulary);
        Optional<Recurrences.Rule> rule = new Recurrences(vocabulary).find(list)
                .filter(found -> found.used().stream().noneMatch(trigger::contains));
        if (rule.isPresent()) {
            return recurring(vocabulary, words, trigger, rule.get(), times, now);
        }
        Optional<TimeExpressions.When> when = times.find(list, trigger, false);
        boolean reminder = !trigger.isEmpty() || when.filter(found -> atAnEdge(vocabulary, list, found.used())).isPresent();
        if (!reminder) {
            return new Capture(lines.isEmpty() ? List.of(words.original().strip()) : lines, true);
        }
        Set<Integer> used = new HashSet<>(trigger);
        when.ifPresent(found -> used.addAll(found.used()));
        String text = text(vocabulary, words, used);
        Optional<ZonedDateTime> at = when.flatMap(found -> found.resolve(now));
        if (at.isEmpty()) {
            return text.isEmpty() && when.isEmpty() ? new Help() : new NeedsTime(text);
        }
        RemindOnce once = new RemindOnce(text, at.get());
        return text.isEmpty() ? new NeedsText(once) : once;
    }

    private static Intent recurring(Vocabulary vocabulary, Words words, Set<Integer> trigger, Recurrences.Rule rule,
            TimeExpressions times, ZonedDateTime now) {
        Set<Integer> used = new HashSet<>(trigger);
        used.addAll(rule.used());
        Optional<TimeExpressions.When> when = times.find(vocabulary.canonical(words), used, true)
                .filter(found -> found.saysTimeOfDay());
        when.ifPresent(found -> used.addAll(found.used()));
        TimeExpressions.When timeOfDay = when.orElse(
                new TimeExpressions.When(Set.of(), null, null, null, rule.part(), false));
        if (timeOfDay.part() == null && rule.part() != null) {
            timeOfDay = new TimeExpressions.When(Set.of(), null, null, timeOfDay.clock(), rule.part(), false);
        }
        var localTime = TimeExpressions.timeOfDay(timeOfDay);
        String text = text(vocabulary, words, used);
        RemindRecurring recurring = new RemindRecurring(text, rule.rrule(), localTime, rule.firstDate(now, localTime));
        return text.isEmpty() ? new NeedsText(recurring) : recurring;
    }

    private Optional<Intent> timeAnswer(Vocabulary vocabulary, Words words, String text, ZonedDateTime now) {
        List<String> list = vocabulary.canonical(words);
        Optional<Recurrences.Rule> rule = new Recurrences(vocabulary).find(list);
        TimeExpressions times = new TimeExpressions(vocabulary);
        if (rule.isPresent()) {
            Intent recurring = recurring(vocabulary, words, Set.of(), rule.get(), times, now);
            Intent.Reminder draft = recurring instanceof NeedsText needsText ? needsText.draft() : (Intent.Reminder) recurring;
            return Optional.of(draft.withText(text));
        }
        Optional<TimeExpressions.When> when = times.find(list, Set.of(), true);
        if (when.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(when.get().resolve(now).<Intent>map(at -> new RemindOnce(text, at))
                .orElse(new NeedsTime(text)));
    }

    private Optional<Intent> textAnswer(Vocabulary vocabulary, Words words, Intent.Reminder draft, ZonedDateTime now) {
        Optional<Intent> command = new Commands(vocabulary).understand(vocabulary.canonical(words), now);
        if (command.isPresent()) {
            return command;
        }
        String text = text(vocabulary, words, Set.of());
        return text.isEmpty() ? Optional.empty() : Optional.of(draft.withText(text));
    }

    /** "remind me", "rappelle-moi", possibly after politeness ("please", "can you"): its word positions. */
    private static Set<Integer> remindTrigger(Vocabulary vocabulary, List<String> words) {
        for (int start = 0; start < Math.min(4, words.size()); start++) {
            int n = vocabulary.match(words, start, Meaning.REMIND);
            if (n > 0) {
                Set<Integer> used = new HashSet<>();
                for (int k = 0; k < start + n; k++) {
                    used.add(k);
                }
                return used;
            }
        }
        return Set.of();
    }

    /** Whether a time is at the start or at the end of the message (trailing politeness aside). */
    private static boolean atAnEdge(Vocabulary vocabulary, List<String> words, Set<Integer> used) {
        int last = words.size() - 1;
        while (last > 0 && vocabulary.match(words, last, Meaning.FILLER) == 1) {
            last--;
        }
        return used.contains(0) || used.contains(last);
    }

    /** The person's words outside {@code used}, without the linking words at their edges ("to", "d'"). */
    private static String text(Vocabulary vocabulary, Words words, Set<Integer> used) {
        List<String> list = vocabulary.canonical(words);
        Set<Integer> dropped = new HashSet<>(used);
        List<Integer> kept = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!dropped.contains(i)) {
                kept.add(i);
            }
        }
        int from = 0;
        while (from < kept.size() && isOneWord(vocabulary, list.get(kept.get(from)), Meaning.TEXT_LEAD)) {
            dropped.add(kept.get(from++));
        }
        int to = kept.size() - 1;
        while (to >= from && isOneWord(vocabulary, list.get(kept.get(to)), Meaning.TEXT_TAIL)) {
            dropped.add(kept.get(to--));
        }
        return stripEdges(words.textWithout(dropped));
    }

    private static boolean isOneWord(Vocabulary vocabulary, String word, Meaning meaning) {
        return vocabulary.phrases(meaning).contains(word);
    }

    private static List<String> explicitTitles(Vocabulary vocabulary, Words words, int triggerLength) {
        String body = words.originalAfter(triggerLength - 1);
        Words bodyWords = Words.of(body);
        List<String> bodyList = vocabulary.canonical(bodyWords);
        for (int k = 0; k < bodyList.size(); k++) {
            if (vocabulary.match(bodyList, k, Meaning.CAPTURE_SUFFIX) == bodyList.size() - k) {
                body = body.substring(0, bodyWords.startOf(k));
                break;
            }
        }
        List<String> titles = new ArrayList<>();
        for (String piece : body.split("[\\n,;]")) {
            String title = stripEdges(piece);
            if (!title.isEmpty()) {
                titles.add(title);
            }
        }
        return titles;
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text.split("\\R")).map(MessageUnderstanding::stripEdges).filter(line -> !line.isEmpty())
                .toList();
    }

    /** Trims spaces, list bullets and the punctuation a title does not need at its edges. */
    private static String stripEdges(String text) {
        return text.strip().replaceAll("^[\\s:;,.\\-–*•!]+", "").replaceAll("[\\s:;,\\-–*•]+$", "")
                .replaceAll("[.!]+$", "").strip();
    }
}
