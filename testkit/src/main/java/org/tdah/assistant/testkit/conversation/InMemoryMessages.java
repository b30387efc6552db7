package org.tdah.assistant.testkit.conversation;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tdah.assistant.application.conversation.MessageWindow;
import org.tdah.assistant.application.conversation.SearchHit;
import org.tdah.assistant.application.conversation.SearchPosition;
import org.tdah.assistant.application.conversation.SearchQuery;
import org.tdah.assistant.application.conversation.Snippet;
import org.tdah.assistant.application.conversation.port.Messages;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.conversation.MessageId;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.testkit.shared.Transactional;

/**
 * Messages in insertion order (the order of their time-ordered ids in production); behaves as
 * {@code MessagesContract} says. Its search matches whole words, ignoring case, and accents in
 * French messages, every word of the query required; it neither stems nor knows stop words, as
 * PostgreSQL does, so scenarios search for words exactly as written.
 */
public final class InMemoryMessages implements Messages, Transactional {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");
    private final Map<MessageId, Message> byId = new LinkedHashMap<>();

    @Override
    public synchronized void add(Message message) {
        byId.put(message.id(), message);
    }

    @Override
    public synchronized Optional<Message> withId(MessageId id) {
        return Optional.ofNullable(byId.get(id));
    }

    @Override
    public synchronized List<Message> ofConversation(ConversationId conversation, MessageWindow window,
            Optional<MessageId> after, int limit) {
        List<Message> newestFirst = new ArrayList<>(byId.values());
        Collections.reverse(newestFirst);
        return page(newestFirst, after, limit).stream()
                .filter(message -> message.conversation().equals(conversation))
                .filter(message -> window.contains(message.createdAt()))
                .limit(limit)
                .toList();
    }

    @Override
    public synchronized List<Message> thread(MessageId root, Optional<MessageId> after, int limit) {
        Set<MessageId> inThread = new HashSet<>(Set.of(root));
        List<Message> thread = new ArrayList<>();
        for (Message message : byId.values()) {
            if (inThread.contains(message.id()) || message.replyTo().filter(inThread::contains).isPresent()) {
                inThread.add(message.id());
                thread.add(message);
            }
        }
        return page(thread, after, limit).stream().limit(limit).toList();
    }

    @Override
    public synchronized List<SearchHit> search(AccountId owner, SearchQuery query, Optional<SearchPosition> after,
            int limit) {
        List<Message> newestFirst = new ArrayList<>(byId.values());
        Collections.reverse(newestFirst);
        List<SearchHit> hits = new ArrayList<>();
        for (Message message : newestFirst) {
            if (message.owner().equals(owner)) {
                hit(message, query).ifPresent(hits::add);
            }
        }
        hits.sort(Comparator.comparing(SearchHit::rank).reversed());
        int start = after.map(position -> InsertionOrder.indexAfter(hits, hit -> hit.message().id(), position.message()))
                .orElse(0);
        return hits.subList(start, hits.size()).stream().limit(limit).toList();
    }

    @Override
    public synchronized void removeAllOf(ConversationId conversation) {
        byId.values().removeIf(message -> message.conversation().equals(conversation));
    }

    @Override
    public synchronized Snapshot snapshot() {
        Snapshot copy = Transactional.copyOf(byId);
        return () -> {
            synchronized (this) {
                copy.restore();
            }
        };
    }

    private static List<Message> page(List<Message> ordered, Optional<MessageId> after, int limit) {
        int start = after.map(key -> InsertionOrder.indexAfter(ordered, Message::id, key)).orElse(0);
        return ordered.subList(start, ordered.size());
    }

    private static Optional<SearchHit> hit(Message message, SearchQuery query) {
        Set<String> wanted = new HashSet<>(words(query.text(), message.language()));
        if (wanted.isEmpty()) {
            return Optional.empty();
        }
        String body = Snippet.unmarked(message.body().value());
        StringBuilder marked = new StringBuilder();
        Set<String> found = new HashSet<>();
        int occurrences = 0;
        int end = 0;
        Matcher word = WORD.matcher(body);
        while (word.find()) {
            if (wanted.contains(normalized(word.group(), message.language()))) {
                found.add(normalized(word.group(), message.language()));
                occurrences++;
                marked.append(body, end, word.start()).append(Snippet.START).append(word.group()).append(Snippet.STOP);
                end = word.end();
            }
        }
        if (!found.equals(wanted)) {
            return Optional.empty();
        }
        marked.append(body.substring(end));
        return Optional.of(new SearchHit(message, occurrences / (float) (occurrences + 10), Snippet.of(marked.toString())));
    }

    private static List<String> words(String text, Language language) {
        List<String> words = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            words.add(normalized(word.group(), language));
        }
        return words;
    }

    private static String normalized(String word, Language language) {
        String lower = word.toLowerCase(Locale.ROOT);
        return language == Language.FR
                ? Normalizer.normalize(lower, Normalizer.Form.NFD).replaceAll("\\p{M}", "")
                : lower;
    }
}
