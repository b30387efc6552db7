package org.tdah.assistant.domain.assistant;

import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tdah.assistant.domain.assistant.Intent.Cancel;
import org.tdah.assistant.domain.assistant.Intent.Done;
import org.tdah.assistant.domain.assistant.Intent.Help;
import org.tdah.assistant.domain.assistant.Intent.ListToday;
import org.tdah.assistant.domain.assistant.Intent.Next;
import org.tdah.assistant.domain.assistant.Intent.Snooze;
import org.tdah.assistant.domain.assistant.Intent.Undo;
import org.tdah.assistant.domain.assistant.Vocabulary.Meaning;

/**
 * The short commands, which are the whole message but for an item number ("done 2", "#2 done"),
 * politeness ("ok", "please", "merci") and punctuation: list, next, done, snooze, later, cancel,
 * undo, help. "snooze N" is N minutes; "snooze 3 20" is item 3 for 20 minutes; "snooze #3" item 3.
 * "cancel"/"annule" without a number is {@link Undo} (the last action taken back), with a number
 * {@link Cancel}.
 */
final class Commands {
    private static final Pattern ITEM = Pattern.compile("#(\\d{1,3})");
    private static final Pattern NUMBER = Pattern.compile("\\d{1,3}");
    private static final Pattern AMOUNT_WITH_UNIT = Pattern.compile("(\\d{1,4})([a-z]+)");

    private final Vocabulary vocabulary;
    private final TimeExpressions times;

    Commands(Vocabulary vocabulary) {
        this.vocabulary = vocabulary;
        this.times = new TimeExpressions(vocabulary);
    }

    Optional<Intent> understand(List<String> all, ZonedDateTime now) {
        Integer item = null;
        List<Integer> numbers = new ArrayList<>();
        List<String> rest = new ArrayList<>();
        for (String word : all) {
            Matcher hash = ITEM.matcher(word);
            if (hash.matches()) {
                item = Integer.parseInt(hash.group(1));
            } else if (NUMBER.matcher(word).matches()) {
                numbers.add(Integer.parseInt(word));
            } else {
                rest.add(word);
            }
        }
        Optional<Intent> found = read(rest, item, numbers, all, now);
        if (found.isEmpty() && !rest.isEmpty() && item == null && numbers.isEmpty() && withoutFillers(rest).isEmpty()) {
            return Optional.of(new Intent.Acknowledge());
        }
        return found.isPresent() ? found : read(withoutFillers(rest), item, numbers, all, now);
    }

    private Optional<Intent> read(List<String> rest, Integer item, List<Integer> numbers, List<String> all,
            ZonedDateTime now) {
        Optional<Integer> number = Optional.ofNullable(item).or(() -> numbers.size() == 1
                ? Optional.of(numbers.get(0)) : Optional.empty()).filter(n -> n > 0);
        boolean noNumber = item == null && numbers.isEmpty();
        if (rest.isEmpty()) {
            return Optional.empty();
        }
        if (vocabulary.isWhole(rest, Meaning.LATER)) {
            return Optional.of(new Snooze(number, SnoozeLength.ONE_HOUR));
        }
        int later = vocabulary.match(rest, 0, Meaning.LATER);
        if (later > 0 && later < rest.size()) {
            Optional<Duration> duration = duration(all);
            if (duration.isPresent()) {
                return Optional.of(new Snooze(Optional.ofNullable(item), new SnoozeLength.For(duration.get())));
            }
        }
        if (noNumber && vocabulary.isWhole(rest, Meaning.TOMORROW)) {
            return Optional.of(new Snooze(Optional.empty(), SnoozeLength.TOMORROW));
        }
        int snooze = vocabulary.match(rest, 0, Meaning.SNOOZE);
        if (snooze > 0) {
            return snooze(rest.subList(snooze, rest.size()), item, numbers, all, now);
        }
        if (vocabulary.isWhole(rest, Meaning.DONE)) {
            return Optional.of(new Done(number));
        }
        if (vocabulary.isWhole(rest, Meaning.CANCEL_THE_REMINDER)) {
            return Optional.of(new Cancel(number));
        }
        if (noNumber && vocabulary.isWhole(rest, Meaning.UNDO)) {
            return Optional.of(new Undo());
        }
        if (vocabulary.isWhole(rest, Meaning.CANCEL)) {
            return Optional.of(noNumber ? new Undo() : new Cancel(number));
        }
        if (!noNumber) {
            return Optional.empty();
        }
        if (vocabulary.isWhole(rest, Meaning.HELP)) {
            return Optional.of(new Help());
        }
        if (vocabulary.isWhole(rest, Meaning.LIST_TODAY)) {
            return Optional.of(new ListToday());
        }
        if (vocabulary.isWhole(rest, Meaning.NEXT)) {
            return Optional.of(new Next());
        }
        return Optional.empty();
    }

    private Optional<Intent> snooze(List<String> after, Integer item, List<Integer> numbers, List<String> all,
            ZonedDateTime now) {
        Optional<Integer> target = Optional.ofNullable(item);
        if (after.isEmpty() && numbers.isEmpty()) {
            return Optional.of(new Snooze(target, SnoozeLength.TEN_MINUTES));
        }
        if (after.isEmpty()) {
            if (numbers.size() >= 2 && item == null) {
                target = Optional.of(numbers.get(0));
            }
            int minutes = numbers.get(numbers.size() - 1);
            return minutes == 0 ? Optional.empty()
                    : Optional.of(new Snooze(target.filter(n -> n > 0), new SnoozeLength.For(Duration.ofMinutes(minutes))));
        }
        int until = vocabulary.match(after, 0, Meaning.UNTIL);
        List<String> afterUntil = after.subList(until, after.size());
        if (vocabulary.isWhole(afterUntil, Meaning.LATER)) {
            return Optional.of(new Snooze(snoozeTarget(item, numbers), SnoozeLength.ONE_HOUR));
        }
        if (vocabulary.isWhole(afterUntil, Meaning.TOMORROW)) {
            return Optional.of(new Snooze(snoozeTarget(item, numbers), SnoozeLength.TOMORROW));
        }
        Optional<Duration> duration = duration(all);
        if (duration.isPresent()) {
            Optional<Integer> numbered = item != null ? Optional.of(item)
                    : numbers.size() >= 2 ? Optional.of(numbers.get(0)) : Optional.empty();
            return Optional.of(new Snooze(numbered, new SnoozeLength.For(duration.get())));
        }
        int start = vocabulary.match(all, 0, Meaning.SNOOZE);
        if (start == 0) {
            return Optional.empty();
        }
        return times.find(all.subList(start, all.size()), Set.of(), false).flatMap(when -> when.resolve(now))
                .map(at -> new Snooze(Optional.ofNullable(item), new SnoozeLength.Until(at)));
    }

    private static Optional<Integer> snoozeTarget(Integer item, List<Integer> numbers) {
        return Optional.ofNullable(item).or(() -> numbers.size() == 1 ? Optional.of(numbers.get(0)) : Optional.empty())
                .filter(n -> n > 0);
    }

    /** "30 min", "1 hour", "2h", "une demi heure" anywhere in the words. */
    private Optional<Duration> duration(List<String> words) {
        for (int i = 0; i < words.size(); i++) {
            if (vocabulary.match(words, i, Meaning.HALF_HOUR) > 0) {
                return Optional.of(Duration.ofMinutes(30));
            }
            Matcher withUnit = AMOUNT_WITH_UNIT.matcher(words.get(i));
            if (withUnit.matches()) {
                Optional<Duration> d = of(Long.parseLong(withUnit.group(1)), withUnit.group(2));
                if (d.isPresent()) {
                    return d;
                }
            }
            Integer amount = NUMBER.matcher(words.get(i)).matches() ? Integer.valueOf(words.get(i))
                    : vocabulary.numbers().get(words.get(i));
            if (amount != null && i + 1 < words.size()) {
                Optional<Duration> d = of(amount, words.get(i + 1));
                if (d.isPresent()) {
                    return d;
                }
            }
        }
        return Optional.empty();
    }

    private Optional<Duration> of(long amount, String unitWord) {
        ChronoUnit unit = vocabulary.lookup(vocabulary.units(), unitWord);
        if (unit == null || amount <= 0 || unit == ChronoUnit.WEEKS) {
            return Optional.empty();
        }
        return Optional.of(unit.getDuration().multipliedBy(amount));
    }

    /** The words without the politeness at their start and end ("ok done", "fait merci"). */
    private List<String> withoutFillers(List<String> words) {
        int from = 0;
        int filler;
        while (from < words.size() && (filler = vocabulary.match(words, from, Meaning.FILLER)) > 0) {
            from += filler;
        }
        int to = words.size();
        while (to > from && vocabulary.match(words, to - 1, Meaning.FILLER) == 1) {
            to--;
        }
        return words.subList(from, to);
    }
}
