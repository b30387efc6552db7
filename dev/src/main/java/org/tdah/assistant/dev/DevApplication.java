package org.tdah.assistant.dev;

import io.dropwizard.core.setup.Bootstrap;
import org.tdah.assistant.bootstrap.AssistantApplication;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;

/**
 * The application of {@code dev/target/assistant-dev.jar}: every command of the production
 * application, and {@code dev}, the whole product on embedded PostgreSQL, Redis, an SMTP sink and
 * the Twilio API emulator. Only this jar carries those servers; the production jar
 * ({@code bootstrap/target/assistant.jar}) has neither them nor {@code dev}
 * (docs/decisions/0031-production-jar-without-dev.md).
 */
public class DevApplication extends AssistantApplication {

    public static void main(String[] args) throws Exception {
        new DevApplication().run(args);
    }

    @Override
    protected void addDefaultCommands(Bootstrap<AssistantConfiguration> bootstrap) {
        super.addDefaultCommands(bootstrap);
        bootstrap.addCommand(new DevCommand(this));
    }
}
