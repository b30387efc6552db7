package org.tdah.assistant.adapters.persistence;

/** The innermost cause of a failure, which is the one that tells an operator what went wrong. */
public final class RootCause {
    private RootCause() {}

    public static String messageOf(Throwable failure) {
        Throwable root = failure;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        return root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    }
}
