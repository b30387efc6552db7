package org.tdah.assistant.application.conversation;

/**
 * The extract of a search hit as clients see it: HTML-escaped text in which each match is wrapped
 * in {@code <mark>}...{@code </mark>}, so that it can be shown as HTML without letting a message
 * inject markup. Search adapters mark matches with {@link #START} and {@link #STOP} (characters of
 * Unicode's private use area, removed from the text first) and finish it with {@link #of}.
 */
public final class Snippet {
    public static final char START = '\uE000';
    public static final char STOP = '\uE001';

    private Snippet() {}

    /** Text without the two markers, so that only the adapter's own markers remain once it marked it. */
    public static String unmarked(String text) {
        return text.replace(String.valueOf(START), "").replace(String.valueOf(STOP), "");
    }

    public static String of(String marked) {
        StringBuilder html = new StringBuilder(marked.length() + 16);
        marked.codePoints().forEach(point -> {
            switch (point) {
                case START -> html.append("<mark>");
                case STOP -> html.append("</mark>");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '&' -> html.append("&amp;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> html.appendCodePoint(point);
            }
        });
        return html.toString();
    }
}
