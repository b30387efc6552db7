package org.tdah.assistant.application.shared.port;

/**
 * Source of new identifiers. Ids are opaque to clients; the production adapter makes them
 * time-ordered so that they sort by creation and index well.
 */
public interface Ids {
    String next();
}
