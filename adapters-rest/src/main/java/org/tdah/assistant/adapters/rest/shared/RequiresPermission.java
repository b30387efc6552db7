package org.tdah.assistant.adapters.rest.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The permission ({@code resource:action}) a resource method or class needs, on top of
 * {@link Authenticated}. Enforced in one place, by {@link PermissionFeature}: a caller without it
 * is answered 403 {@code forbidden} before the method runs.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface RequiresPermission {
    String value();
}
