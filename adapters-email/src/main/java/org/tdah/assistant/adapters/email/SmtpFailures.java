package org.tdah.assistant.adapters.email;

import jakarta.mail.MessagingException;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Set;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.shared.EmailRejectedException;

/**
 * Sorts what Jakarta Mail throws into "retry later" and "refused for good", by the SMTP reply
 * codes it carries (see {@link SmtpMailbox} for the rules). Only reply codes and the message id
 * go into the messages written here, never the body.
 */
final class SmtpFailures {
    static final String DEPENDENCY = "SMTP";
    private static final int AUTHENTICATION_REQUIRED = 530;

    private SmtpFailures() {
    }

    static RuntimeException translate(String messageId, MessagingException failure) {
        int permanent = permanentReplyCode(failure);
        if (permanent > 0) {
            String reason = "message " + messageId + " was refused by the SMTP server for good (reply " + permanent + ")";
            return new EmailRejectedException(reason, failure);
        }
        return new DependencyUnavailableException(DEPENDENCY, failure);
    }

    private static int permanentReplyCode(Throwable failure) {
        Set<Throwable> seen = Collections.newSetFromMap(new IdentityHashMap<>());
        for (Throwable current = failure; current != null && seen.add(current); current = current.getCause()) {
            int code = replyCode(current);
            if (code >= 500 && code <= 599 && code != AUTHENTICATION_REQUIRED) {
                return code;
            }
        }
        return 0;
    }

    private static int replyCode(Throwable failure) {
        if (failure instanceof SMTPAddressFailedException address) {
            return address.getReturnCode();
        }
        if (failure instanceof SMTPSenderFailedException sender) {
            return sender.getReturnCode();
        }
        if (failure instanceof SMTPSendFailedException send) {
            return send.getReturnCode();
        }
        return 0;
    }
}
