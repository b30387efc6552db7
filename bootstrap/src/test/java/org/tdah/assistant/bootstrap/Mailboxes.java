package org.tdah.assistant.bootstrap;

import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tdah.assistant.adapters.email.sink.MailSink;
import org.tdah.assistant.bootstrap.logscan.SecretScan;

/** Reading what the application mailed, as a person reads their inbox. */
final class Mailboxes {
    private static final Pattern CODE = Pattern.compile("code[^:\\n]*: (\\S+)");

    private Mailboxes() {}

    static List<MailSink.Message> to(MailSink sink, String email, String subject) {
        return sink.messages().stream()
                .filter(message -> message.to().contains(email) && message.subject().equals(subject))
                .toList();
    }

    /** Waits for the newest email with this subject to arrive, and returns it. */
    static MailSink.Message awaitEmail(MailSink sink, String email, String subject, int count) {
        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(100))
                .until(() -> to(sink, email, subject).size() >= count);
        List<MailSink.Message> received = to(sink, email, subject);
        return received.get(received.size() - 1);
    }

    /** The code of the newest email with this subject, once the n-th such email has arrived. */
    static String awaitCode(MailSink sink, String email, String subject, int count) {
        return codeIn(awaitEmail(sink, email, subject, count)).orElseThrow();
    }

    static Optional<String> codeIn(MailSink.Message message) {
        Matcher code = CODE.matcher(message.body());
        if (!code.find()) {
            return Optional.empty();
        }
        SecretScan.remember(code.group(1));
        return Optional.of(code.group(1));
    }
}
