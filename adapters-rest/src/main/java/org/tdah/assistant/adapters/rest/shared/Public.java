package org.tdah.assistant.adapters.rest.shared;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a resource method or class that is callable without a bearer token: register, log in,
 * refresh, forgot and reset password, verify the email, the JWKS, and the second factor of a login
 * (which carries an {@code mfaToken} instead). It changes nothing at run time (the bearer filter
 * only runs where {@link Authenticated} is); it states the choice, so that every resource method
 * says who may call it: {@code @Public}, {@link Authenticated} (any logged-in account, on its own
 * data) or {@link RequiresPermission}. {@code EveryEndpointStatesItsAccessTest} fails on a method
 * that says none of them, or says {@code @Public} together with one of the others.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface Public {}
