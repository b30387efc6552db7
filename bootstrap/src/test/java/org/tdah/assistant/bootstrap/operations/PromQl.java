package org.tdah.assistant.bootstrap.operations;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The metric names a PromQL expression selects, read by a small tokenizer: an identifier is a
 * metric name unless it is followed by {@code (} (a function or an aggregation), is a keyword or an
 * aggregation operator, or is a label name (inside {@code {...}} matchers and the label lists of
 * {@code by}, {@code without}, {@code on}, {@code ignoring}, {@code group_left},
 * {@code group_right}). Strings, comments, numbers and durations ({@code [5m]}, {@code offset 1h})
 * are skipped. A selector by {@code {__name__="x"}} names {@code x}. Names are returned as written,
 * suffix included ({@code _bucket}, {@code _total}...): {@link ExportedMetrics} knows which
 * suffixes each type of metric is exposed with.
 */
final class PromQl {
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "offset", "bool", "atan2", "inf", "nan",
            "start", "end");
    private static final Set<String> AGGREGATIONS = Set.of("sum", "min", "max", "avg", "group", "stddev", "stdvar",
            "count", "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio");
    private static final Set<String> LABEL_LISTS = Set.of("by", "without", "on", "ignoring", "group_left",
            "group_right");
    private static final Pattern NAME_MATCHER = Pattern.compile("__name__\\s*=\\s*\"([^\"]+)\"");

    private PromQl() {}

    static Set<String> metricNames(String expression) {
        Set<String> names = new LinkedHashSet<>();
        int i = 0;
        int length = expression.length();
        while (i < length) {
            char c = expression.charAt(i);
            if (c == '#') {
                i = endOfLine(expression, i);
            } else if (c == '"' || c == '\'' || c == '`') {
                i = endOfString(expression, i);
            } else if (c == '{') {
                int end = closing(expression, i, '{', '}');
                Matcher byName = NAME_MATCHER.matcher(expression.substring(i, end));
                while (byName.find()) {
                    names.add(byName.group(1));
                }
                i = end;
            } else if (c == '[') {
                i = closing(expression, i, '[', ']');
            } else if (Character.isDigit(c) || (c == '.' && i + 1 < length && Character.isDigit(expression.charAt(i + 1)))) {
                i = endOfNumber(expression, i);
            } else if (isIdentifierStart(c)) {
                int end = i + 1;
                while (end < length && isIdentifierPart(expression.charAt(end))) {
                    end++;
                }
                String word = expression.substring(i, end);
                String lower = word.toLowerCase(Locale.ROOT);
                int next = skipSpace(expression, end);
                boolean call = next < length && expression.charAt(next) == '(';
                if (LABEL_LISTS.contains(lower)) {
                    i = call ? closing(expression, next, '(', ')') : end;
                    continue;
                }
                if (!call && !KEYWORDS.contains(lower) && !AGGREGATIONS.contains(lower)) {
                    names.add(word);
                }
                i = end;
            } else {
                i++;
            }
        }
        return names;
    }

    private static boolean isIdentifierStart(char c) {
        return c == '_' || c == ':' || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }

    private static boolean isIdentifierPart(char c) {
        return isIdentifierStart(c) || (c >= '0' && c <= '9');
    }

    private static int skipSpace(String text, int from) {
        int i = from;
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int endOfLine(String text, int from) {
        int end = text.indexOf('\n', from);
        return end < 0 ? text.length() : end + 1;
    }

    /** The index after the string starting at {@code from}; backquoted strings have no escapes. */
    private static int endOfString(String text, int from) {
        char quote = text.charAt(from);
        int i = from + 1;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '\\' && quote != '`') {
                i += 2;
            } else if (c == quote) {
                return i + 1;
            } else {
                i++;
            }
        }
        throw new IllegalArgumentException("unterminated string at " + from + " in: " + text);
    }

    /** The index after the bracket closing the one at {@code from}, skipping strings inside. */
    private static int closing(String text, int from, char open, char close) {
        int depth = 0;
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = endOfString(text, i);
                continue;
            }
            if (c == open) {
                depth++;
            } else if (c == close && --depth == 0) {
                return i + 1;
            }
            i++;
        }
        throw new IllegalArgumentException("no '" + close + "' for the '" + open + "' at " + from + " in: " + text);
    }

    /** Numbers (1, 0.99, 1e-3, 0x1f) and durations (5m, 1h30m). */
    private static int endOfNumber(String text, int from) {
        int i = from;
        while (i < text.length()) {
            char c = text.charAt(i);
            boolean exponentSign = (c == '+' || c == '-') && (text.charAt(i - 1) == 'e' || text.charAt(i - 1) == 'E')
                    && !text.substring(from, i).toLowerCase(Locale.ROOT).startsWith("0x");
            if (Character.isLetterOrDigit(c) || c == '.' || exponentSign) {
                i++;
            } else {
                break;
            }
        }
        return i;
    }
}
