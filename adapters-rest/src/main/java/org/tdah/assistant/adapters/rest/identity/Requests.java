package org.tdah.assistant.adapters.rest.identity;

import io.swagger.v3.oas.annotations.media.Schema;

/**
 * The JSON bodies the identity endpoints accept. Secrets they carry (passwords, tokens) never
 * appear in {@code toString}; a missing body reads as a body with every field missing.
 */
final class Requests {
    private Requests() {}

    record Register(String email, String password, String displayName,
            @Schema(description = "IANA zone id; UTC when absent") String timezone,
            @Schema(allowableValues = {"en", "fr"}, description = "en when absent") String locale) {
        static final Register EMPTY = new Register(null, null, null, null, null);

        @Override
        public String toString() {
            return "Register[email=" + email + ", displayName=" + displayName + ", timezone=" + timezone + ", locale=" + locale + "]";
        }
    }

    record LogIn(String email, String password) {
        static final LogIn EMPTY = new LogIn(null, null);

        @Override
        public String toString() {
            return "LogIn[email=" + email + "]";
        }
    }

    record Refresh(String refreshToken) {
        static final Refresh EMPTY = new Refresh(null);

        @Override
        public String toString() {
            return "Refresh[redacted]";
        }
    }

    record VerifyEmail(String token) {
        static final VerifyEmail EMPTY = new VerifyEmail(null);

        @Override
        public String toString() {
            return "VerifyEmail[redacted]";
        }
    }

    record ForgotPassword(String email) {
        static final ForgotPassword EMPTY = new ForgotPassword(null);
    }

    record ResetPassword(String token, String newPassword) {
        static final ResetPassword EMPTY = new ResetPassword(null, null);

        @Override
        public String toString() {
            return "ResetPassword[redacted]";
        }
    }

    record ChangePassword(String currentPassword, String newPassword) {
        static final ChangePassword EMPTY = new ChangePassword(null, null);

        @Override
        public String toString() {
            return "ChangePassword[redacted]";
        }
    }

    record Code(String code) {
        static final Code EMPTY = new Code(null);

        @Override
        public String toString() {
            return "Code[redacted]";
        }
    }

    record VerifySecondFactor(String mfaToken, String method, String code) {
        static final VerifySecondFactor EMPTY = new VerifySecondFactor(null, null, null);

        @Override
        public String toString() {
            return "VerifySecondFactor[method=" + method + "]";
        }
    }

    record Reauthenticate(String password, String method, String code) {
        static final Reauthenticate EMPTY = new Reauthenticate(null, null, null);

        @Override
        public String toString() {
            return "Reauthenticate[method=" + method + "]";
        }
    }

    record Phone(String phone) {
        static final Phone EMPTY = new Phone(null);

        @Override
        public String toString() {
            return "Phone[redacted]";
        }
    }

    record MfaToken(String mfaToken) {
        static final MfaToken EMPTY = new MfaToken(null);

        @Override
        public String toString() {
            return "MfaToken[redacted]";
        }
    }
}
