package org.tdah.assistant.adapters.rest.conversation;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.tdah.assistant.adapters.rest.shared.OpaqueCursors;
import org.tdah.assistant.adapters.rest.shared.QueryParameters;
import org.tdah.assistant.application.conversation.PageRequest;
import org.tdah.assistant.application.conversation.SearchPosition;
import org.tdah.assistant.domain.conversation.MessageId;
import org.tdah.assistant.domain.shared.FieldError;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * The {@code cursor} clients pass back for the next page: the key of the last item of the page
 * before, opaque to them (base64url). A cursor that is not one of ours is refused as a field.
 */
final class Cursors {
    private static final String SEPARATOR = "|";

    private Cursors() {}

    /** The page a client asks for with {@code ?limit=&cursor=}; both refused at once when both are wrong. */
    static <K> PageRequest<K> page(String limit, String cursor, Function<String, K> parse) {
        List<FieldError> errors = new ArrayList<>();
        int size = PageRequest.DEFAULT_LIMIT;
        Optional<K> after = Optional.empty();
        try {
            size = QueryParameters.limit(limit).value();
        } catch (InvalidInputException refused) {
            errors.addAll(refused.errors());
        }
        try {
            after = key(cursor, parse);
        } catch (InvalidInputException refused) {
            errors.addAll(refused.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new PageRequest<>(size, after);
    }

    static String of(String key) {
        return OpaqueCursors.encode(key);
    }

    static String of(SearchPosition position) {
        return of(Integer.toHexString(Float.floatToRawIntBits(position.rank())) + SEPARATOR + position.message().value());
    }

    /** The key in a cursor, made into the key type; empty when the client sent none. */
    private static <K> Optional<K> key(String cursor, Function<String, K> parse) {
        return OpaqueCursors.decode(cursor, parse);
    }

    static SearchPosition searchPosition(String key) {
        int separator = key.indexOf(SEPARATOR);
        if (separator < 1) {
            throw new IllegalArgumentException("not a search cursor");
        }
        float rank = Float.intBitsToFloat(Integer.parseUnsignedInt(key.substring(0, separator), 16));
        return new SearchPosition(rank, new MessageId(key.substring(separator + 1)));
    }
}
