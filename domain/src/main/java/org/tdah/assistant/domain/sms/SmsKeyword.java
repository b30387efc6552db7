package org.tdah.assistant.domain.sms;

import java.text.Normalizer;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A carrier keyword a text consists of: opting out (STOP), opting back in (START) or asking for
 * help (HELP). A keyword is the whole body and one word, in any case, with or without accents and
 * trailing punctuation ({@code "Stop!"}, {@code "arrêt"}); a sentence that contains one
 * ({@code "please stop"}) is no keyword. {@code word} is the keyword as listed, upper case and
 * without accents, and always one of its kind's words.
 *
 * <p>{@code YES} is a weak opt-in: it restarts texting only for a sender who opted out; from anyone
 * else it is an ordinary answer for the assistant.
 */
public record SmsKeyword(Kind kind, String word) {
    private static final String WEAK_OPT_IN = "YES";
    private static final Map<String, Kind> WORDS = Map.ofEntries(
            Map.entry("STOP", Kind.STOP), Map.entry("STOPALL", Kind.STOP), Map.entry("UNSUBSCRIBE", Kind.STOP),
            Map.entry("CANCEL", Kind.STOP), Map.entry("END", Kind.STOP), Map.entry("QUIT", Kind.STOP),
            Map.entry("REVOKE", Kind.STOP), Map.entry("OPTOUT", Kind.STOP), Map.entry("ARRET", Kind.STOP),
            Map.entry("START", Kind.START), Map.entry("UNSTOP", Kind.START), Map.entry(WEAK_OPT_IN, Kind.START),
            Map.entry("HELP", Kind.HELP), Map.entry("INFO", Kind.HELP), Map.entry("AIDE", Kind.HELP));
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.!?,;:\u2026]+$");
    private static final Pattern DIACRITICS = Pattern.compile("\\p{M}+");
    private static final Pattern ONE_WORD = Pattern.compile("[\\p{L}\\p{M}]+");

    public enum Kind {
        STOP,
        START,
        HELP
    }

    public SmsKeyword {
        Objects.requireNonNull(kind, "kind");
        if (word == null || WORDS.get(word) != kind) {
            throw new IllegalArgumentException(word + " is not a " + kind + " keyword");
        }
    }

    public static Optional<SmsKeyword> of(String body) {
        if (body == null) {
            return Optional.empty();
        }
        String bare = TRAILING_PUNCTUATION.matcher(body.strip()).replaceAll("").strip();
        if (!ONE_WORD.matcher(bare).matches()) {
            return Optional.empty();
        }
        String word = DIACRITICS.matcher(Normalizer.normalize(bare, Normalizer.Form.NFD)).replaceAll("")
                .toUpperCase(Locale.ROOT);
        return Optional.ofNullable(WORDS.get(word)).map(kind -> new SmsKeyword(kind, word));
    }

    /** Whether this is {@code YES}, an opt-in only for a sender who opted out. */
    public boolean weak() {
        return word.equals(WEAK_OPT_IN);
    }
}
