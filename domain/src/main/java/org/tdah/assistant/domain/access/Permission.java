package org.tdah.assistant.domain.access;

import java.util.Objects;
import java.util.regex.Pattern;

/** Something a role allows, named {@code resource:action} (e.g. {@code task:write}). */
public record Permission(String value) implements Comparable<Permission> {
    private static final Pattern SHAPE = Pattern.compile("[a-z][a-z-]*:[a-z][a-z-]*");

    public Permission {
        Objects.requireNonNull(value, "value");
        if (!SHAPE.matcher(value).matches()) {
            throw new IllegalArgumentException("a permission is resource:action, not " + value);
        }
    }

    public static final Permission USER_MANAGE = new Permission("user:manage");
    public static final Permission AUDIT_READ = new Permission("audit:read");
    public static final Permission JOB_READ = new Permission("job:read");

    @Override
    public int compareTo(Permission other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
