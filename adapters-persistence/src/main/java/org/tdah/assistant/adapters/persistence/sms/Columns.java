package org.tdah.assistant.adapters.persistence.sms;

import java.util.Locale;

/** The SMS tables' text columns of enums: each value is stored as its lower-case name. */
final class Columns {
    private Columns() {}

    static String of(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parsed(Class<E> type, String column) {
        return Enum.valueOf(type, column.toUpperCase(Locale.ROOT));
    }
}
