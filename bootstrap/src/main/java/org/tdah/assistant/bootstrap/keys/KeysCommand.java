package org.tdah.assistant.bootstrap.keys;

import io.dropwizard.core.cli.ConfiguredCommand;
import io.dropwizard.core.setup.Bootstrap;
import java.time.Clock;
import net.sourceforge.argparse4j.inf.Namespace;
import net.sourceforge.argparse4j.inf.Subparser;
import org.tdah.assistant.adapters.persistence.postgres.PostgresDatabase;
import org.tdah.assistant.application.identity.tokens.RotateSigningKey;
import org.tdah.assistant.bootstrap.config.AssistantConfiguration;
import org.tdah.assistant.bootstrap.config.Databases;
import org.tdah.assistant.bootstrap.config.IdentityAdapters;

/**
 * {@code keys rotate <config.yml>}: puts a new token signing key in service. Running instances
 * sign with it within ten seconds; tokens of the previous key stay valid until they expire, and the
 * JWKS lists both keys meanwhile.
 */
public final class KeysCommand extends ConfiguredCommand<AssistantConfiguration> {

    public KeysCommand() {
        super("keys", "Manages the token signing keys: keys rotate <config.yml>");
    }

    @Override
    public void configure(Subparser subparser) {
        subparser.addArgument("action").choices("rotate").help("what to do with the keys");
        super.configure(subparser);
    }

    @Override
    protected void run(Bootstrap<AssistantConfiguration> bootstrap, Namespace namespace,
            AssistantConfiguration configuration) {
        Clock clock = Clock.systemUTC();
        try (PostgresDatabase database = Databases.connect(configuration.database)) {
            database.migrate();
            RotateSigningKey rotation = IdentityAdapters.signingKeyRotation(configuration, database, clock);
            String keyId = rotation.rotate().orElse("(unpublished)");
            System.out.println("New signing key " + keyId + " is in service; the previous key stays valid for verification.");
        }
    }
}
