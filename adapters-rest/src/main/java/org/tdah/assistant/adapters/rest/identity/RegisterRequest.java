package org.tdah.assistant.adapters.rest.identity;

/** The body of {@code POST /auth/register}; its password never appears in {@code toString}. */
public record RegisterRequest(String email, String password, String displayName) {
    static final RegisterRequest EMPTY = new RegisterRequest(null, null, null);

    @Override
    public String toString() {
        return "RegisterRequest[email=" + email + ", displayName=" + displayName + "]";
    }
}
