package org.tdah.assistant.application.shared;

import java.text.MessageFormat;
import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;
import org.tdah.assistant.domain.identity.Language;

/**
 * Sentences worded by a per-language resource bundle (English, and the {@code _fr} bundle), never
 * in code. Each bundle is read once, without falling back to the JVM's own locale, so a missing
 * sentence fails loudly in tests instead of speaking the server's language.
 */
public final class Wording {
    private final Map<Language, ResourceBundle> bundles = new EnumMap<>(Language.class);

    /** The bundle {@code baseName} (e.g. {@code org.tdah.assistant.application.assistant.Replies}). */
    public Wording(String baseName) {
        ResourceBundle.Control noFallback = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        for (Language language : Language.values()) {
            bundles.put(language, ResourceBundle.getBundle(baseName, locale(language), Wording.class.getClassLoader(),
                    noFallback));
        }
    }

    /** The sentence {@code key} of the bundle, with its arguments. */
    public String say(Language language, String key, Object... arguments) {
        return new MessageFormat(raw(language, key), locale(language)).format(arguments);
    }

    /** The entry {@code key} as written, without arguments filled in (a date pattern, say). */
    public String raw(Language language, String key) {
        return bundles.get(language).getString(key);
    }

    public static Locale locale(Language language) {
        return Locale.forLanguageTag(language.code());
    }
}
