package org.tdah.assistant.domain.identity;

import java.util.Arrays;
import java.util.stream.Collectors;
import org.tdah.assistant.domain.shared.InvalidInputException;

/** The language the assistant speaks to a person in; its code is the {@code locale} clients see. */
public enum Language {
    EN("en"),
    FR("fr");

    private final String code;

    Language(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Language ofCode(String code) {
        return Arrays.stream(values()).filter(language -> language.code.equals(code)).findFirst()
                .orElseThrow(() -> InvalidInputException.of("locale", "is one of "
                        + Arrays.stream(values()).map(Language::code).collect(Collectors.joining(", "))));
    }
}
