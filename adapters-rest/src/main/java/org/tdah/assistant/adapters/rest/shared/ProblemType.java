package org.tdah.assistant.adapters.rest.shared;

import java.net.URI;

/**
 * A kind of problem the API answers with (RFC 9457). The {@code type} URI is stable: clients
 * branch on it, not on the title or the detail, which are for people. {@link GeneralProblem}
 * holds the kinds every context shares; each context has its own enum beside its resources
 * (e.g. {@code IdentityProblem}), so that a new context adds problems without editing another's.
 */
public interface ProblemType {
    String BASE_URI = "https://assistant.tdah.org/problems/";

    int status();

    String title();

    /** The last segment of the type URI, unique across the API. */
    String slug();

    default URI uri() {
        return URI.create(BASE_URI + slug());
    }
}
