package org.tdah.assistant.application.access.port;

import org.tdah.assistant.application.access.PermissionDecision;

/**
 * Where permission decisions go. Called on every guarded request, so an implementation may buffer
 * and write in batches (docs/decisions/0015 says what a crash may lose); it never drops a decision
 * silently: when it can neither buffer nor write, it throws
 * {@link org.tdah.assistant.application.shared.DependencyUnavailableException}.
 */
public interface DecisionLog {
    void record(PermissionDecision decision);
}
