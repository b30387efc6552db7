package org.tdah.assistant.application.access.support;

import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.domain.identity.Account;

/** The emails an administrator's change sends to the person it changed, written for people who skim. */
public final class AdministrationEmails {
    private final Ids ids;

    public AdministrationEmails(Ids ids) {
        this.ids = ids;
    }

    public EmailMessage secondFactorsReset(Account account) {
        return new EmailMessage(ids.next(), account.email(), "Your two-step login was reset", """
                Hi %s,

                An administrator turned off every second factor of your account (authenticator app,
                backup codes and codes by SMS), as you asked, and logged out every device.
                Your password alone now logs you in: turn two-step login on again from your profile.

                If you did not ask for this, reset your password right away from the login page and
                tell us.
                """.formatted(account.displayName().value()));
    }
}
