package org.tdah.assistant.application.identity.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.Session;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * The emails of the identity context, written for people who skim: what happened or what to do in
 * the first line, one link, how long it works, and what to do if it was not them.
 */
public final class IdentityEmails {
    private final String publicBaseUrl;
    private final Ids ids;
    private final int maxSessions;

    public IdentityEmails(String publicBaseUrl, Ids ids, int maxSessions) {
        this.maxSessions = maxSessions;
        this.publicBaseUrl = publicBaseUrl.endsWith("/") ? publicBaseUrl.substring(0, publicBaseUrl.length() - 1) : publicBaseUrl;
        this.ids = ids;
    }

    public EmailMessage verification(Account account, String token) {
        return message(account, "Confirm your email address", """
                Hi %s,

                One click and your assistant can reach you by email:
                %s/verify-email?token=%s

                Or send this code to POST /api/v1/auth/verify-email: %s
                The link and the code work for 24 hours.

                If you did not create an account, ignore this email.
                """.formatted(account.displayName().value(), publicBaseUrl, encode(token), token));
    }

    public EmailMessage passwordReset(Account account, String token) {
        return message(account, "Reset your password", """
                Hi %s,

                Choose a new password here:
                %s/reset-password?token=%s

                Or send this code with your new password to POST /api/v1/auth/password/reset: %s
                The link and the code work for 1 hour, once.

                If you did not ask for this, ignore this email: your password stays the same.
                """.formatted(account.displayName().value(), publicBaseUrl, encode(token), token));
    }

    public EmailMessage passwordWasReset(Account account) {
        return message(account, "Your password was reset", """
                Hi %s,

                Your password was just reset, and every device was logged out.

                If this was not you, reset your password again right away from the login page.
                """.formatted(account.displayName().value()));
    }

    public EmailMessage passwordWasChanged(Account account) {
        return message(account, "Your password was changed", """
                Hi %s,

                Your password was just changed, and your other devices were logged out.

                If this was not you, reset your password right away from the login page.
                """.formatted(account.displayName().value()));
    }

    public EmailMessage sessionEnded(Account account, Session ended, Session newer) {
        return message(account, "A new login ended an older one", """
                Hi %s,

                You just logged in on %s. You can be logged in on %d devices at most, so the
                oldest login (%s, since %s) was ended.

                If the new login was not you, reset your password right away from the login page.
                """.formatted(account.displayName().value(), newer.deviceLabel(), maxSessions,
                ended.deviceLabel(), ended.createdAt().truncatedTo(ChronoUnit.MINUTES)));
    }

    public EmailMessage totpOn(Account account) {
        return message(account, "Two-step login is on", """
                Hi %s,

                From now on, logging in asks for a code from your authenticator app after your password.
                Keep your backup codes somewhere safe: each one logs you in once without your phone.

                If this was not you, reset your password right away from the login page.
                """.formatted(account.displayName().value()));
    }

    public EmailMessage totpOff(Account account) {
        return message(account, "Two-step login is off", """
                Hi %s,

                Two-step login was just turned off: your password alone now logs you in.

                If this was not you, reset your password right away from the login page.
                """.formatted(account.displayName().value()));
    }

    public EmailMessage smsCodesOn(Account account, PhoneNumber phone) {
        return message(account, "Login codes by SMS are on", """
                Hi %s,

                Codes sent by SMS to your phone ending in %s can now finish a login when you do not
                have your authenticator app at hand.

                If this was not you, reset your password right away from the login page.
                """.formatted(account.displayName().value(), phone.masked()));
    }

    public EmailMessage smsCodesOff(Account account) {
        return message(account, "Login codes by SMS are off", """
                Hi %s,

                Codes sent by SMS can no longer finish a login on your account.

                If this was not you, reset your password right away from the login page.
                """.formatted(account.displayName().value()));
    }

    public EmailMessage phoneChanged(Account account, PhoneNumber phone) {
        return message(account, "Your phone number changed", """
                Hi %s,

                Your account's phone number is now the one ending in %s. Reminders and codes go there.

                If this was not you, reset your password right away from the login page.
                """.formatted(account.displayName().value(), phone.masked()));
    }

    private EmailMessage message(Account account, String subject, String body) {
        return new EmailMessage(ids.next(), account.email(), subject, body);
    }

    private static String encode(String token) {
        return URLEncoder.encode(token, StandardCharsets.UTF_8);
    }
}
