package org.tdah.assistant.adapters.rest.identity;

/** The body of {@code POST /auth/login}; its password never appears in {@code toString}. */
public record LoginRequest(String email, String password) {
    static final LoginRequest EMPTY = new LoginRequest(null, null);

    @Override
    public String toString() {
        return "LoginRequest[email=" + email + "]";
    }
}
