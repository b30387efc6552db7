package org.tdah.assistant.adapters.rest.shared;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Optional;
import java.util.function.Function;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * The {@code cursor} of every list: the key of the last item of a page, base64url-encoded so that
 * clients treat it as opaque. Each list says how its key is written and read; a cursor that is not
 * one this list gave is a 422 naming {@code cursor}.
 */
public final class OpaqueCursors {
    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private OpaqueCursors() {}

    public static String encode(String key) {
        return ENCODER.encodeToString(key.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The key of a cursor, read by {@code parse} (which throws an {@link IllegalArgumentException},
     * or any runtime exception, for a key it does not recognise); empty when the client sent none.
     */
    public static <K> Optional<K> decode(String cursor, Function<String, K> parse) {
        if (cursor == null || cursor.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(parse.apply(new String(DECODER.decode(cursor.trim()), StandardCharsets.UTF_8)));
        } catch (RuntimeException notOurs) {
            throw InvalidInputException.of("cursor", "is not a cursor this list gave");
        }
    }
}
