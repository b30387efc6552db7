package org.tdah.assistant.adapters.rest.shared;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.tdah.assistant.domain.shared.FieldError;
import org.tdah.assistant.domain.shared.InvalidInputException;
import org.tdah.assistant.domain.shared.PageLimit;

/**
 * The page a list request asks for: {@code ?limit=} and {@code ?cursor=} (an opaque key of the
 * position to start after), both refused at once, as a 422 naming each, when wrong.
 */
public record Paging<K>(PageLimit limit, Optional<K> after) {

    public static <K> Paging<K> of(String limit, String cursor, Function<String, K> key) {
        List<FieldError> errors = new ArrayList<>();
        PageLimit size = PageLimit.of(null);
        Optional<K> after = Optional.empty();
        try {
            size = QueryParameters.limit(limit);
        } catch (InvalidInputException refused) {
            errors.addAll(refused.errors());
        }
        try {
            after = OpaqueCursors.decode(cursor, key);
        } catch (InvalidInputException refused) {
            errors.addAll(refused.errors());
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Paging<>(size, after);
    }
}
