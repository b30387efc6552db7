package org.tdah.assistant.bootstrap;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.application.identity.registration.CreateFirstAdministrator;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.domain.shared.InvalidInputException;

/**
 * Creates the first administrator at start from {@code ASSISTANT_ADMIN_EMAIL} and
 * {@code ASSISTANT_ADMIN_PASSWORD} (both {@code server} and {@code dev}). A malformed address or a
 * password the policy refuses stops the start with one sentence; the password never reaches a log.
 */
final class FirstAdministrator {
    private static final Logger LOG = LoggerFactory.getLogger(FirstAdministrator.class);

    private FirstAdministrator() {}

    static void ensure(AssistantConfiguration.Administrator settings, CreateFirstAdministrator createFirstAdministrator) {
        if (!settings.isConfigured()) {
            return;
        }
        CreateFirstAdministrator.Command command;
        try {
            command = CreateFirstAdministrator.Command.of(settings.email.trim(), settings.password);
        } catch (InvalidInputException malformed) {
            throw new IllegalArgumentException("ASSISTANT_ADMIN_EMAIL is not an email address.");
        }
        createFirstAdministrator.create(command).map(new CreateFirstAdministrator.Result.Mapping<Void>() {
            @Override
            public Void on(CreateFirstAdministrator.Result.Created created) {
                LOG.info("Created the first administrator, {} (account {})", created.account().email().value(),
                        created.account().id().value());
                return null;
            }

            @Override
            public Void on(CreateFirstAdministrator.Result.AdministratorPresent administratorPresent) {
                LOG.info("An administrator exists: ASSISTANT_ADMIN_EMAIL creates none");
                return null;
            }

            @Override
            public Void on(CreateFirstAdministrator.Result.EmailTaken emailTaken) {
                LOG.warn("ASSISTANT_ADMIN_EMAIL is the address of an existing account ({}) that is not an administrator;"
                        + " it is not promoted, since whoever registered the address would gain the role."
                        + " Promote it with PUT /api/v1/admin/users/{id}/roles or choose another address.",
                        emailTaken.existing().value());
                return null;
            }

            @Override
            public Void on(CreateFirstAdministrator.Result.PasswordRejected passwordRejected) {
                throw new IllegalArgumentException("ASSISTANT_ADMIN_PASSWORD is refused by the password policy: "
                        + String.join("; ", passwordRejected.rejections()) + ".");
            }
        });
    }
}
