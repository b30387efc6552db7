package org.tdah.assistant.application;

import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import org.tdah.assistant.application.identity.AuthenticateAccessToken;
import org.tdah.assistant.application.identity.LogIn;
import org.tdah.assistant.application.identity.PublishSigningKeys;
import org.tdah.assistant.application.identity.RegisterAccount;
import org.tdah.assistant.application.identity.ViewOwnAccount;
import org.tdah.assistant.application.identity.port.AccessTokens;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.identity.port.PasswordHasher;
import org.tdah.assistant.application.shared.port.Ids;

/**
 * The composition root of the core: built with plain {@code new} from implementations of the
 * out-ports, it exposes the use cases. The Dropwizard application builds it with the real
 * adapters; a JVM program embedding the assistant builds it with its own or the in-memory ones.
 */
public final class AssistantCore {

    /** Every out-port the core needs, and the clock it reads time from. */
    public record OutPorts(
            Accounts accounts, PasswordHasher passwordHasher, AccessTokens accessTokens, Ids ids, Clock clock) {
        public OutPorts {
            Objects.requireNonNull(accounts, "accounts");
            Objects.requireNonNull(passwordHasher, "passwordHasher");
            Objects.requireNonNull(accessTokens, "accessTokens");
            Objects.requireNonNull(ids, "ids");
            Objects.requireNonNull(clock, "clock");
        }
    }

    /** Policies an operator may tune. */
    public record Settings(Duration accessTokenLifetime) {
        public static final Settings DEFAULTS = new Settings(Duration.ofMinutes(15));

        public Settings {
            if (accessTokenLifetime.isNegative() || accessTokenLifetime.isZero()) {
                throw new IllegalArgumentException("an access token lives for a positive duration");
            }
        }
    }

    private final RegisterAccount registerAccount;
    private final LogIn logIn;
    private final AuthenticateAccessToken authenticateAccessToken;
    private final ViewOwnAccount viewOwnAccount;
    private final PublishSigningKeys publishSigningKeys;

    public AssistantCore(OutPorts ports, Settings settings) {
        this.registerAccount = new RegisterAccount(ports.accounts(), ports.passwordHasher(), ports.ids(), ports.clock());
        this.logIn = new LogIn(
                ports.accounts(),
                ports.passwordHasher(),
                ports.accessTokens(),
                ports.ids(),
                ports.clock(),
                settings.accessTokenLifetime());
        this.authenticateAccessToken = new AuthenticateAccessToken(ports.accessTokens());
        this.viewOwnAccount = new ViewOwnAccount(ports.accounts());
        this.publishSigningKeys = new PublishSigningKeys(ports.accessTokens());
    }

    public RegisterAccount registerAccount() {
        return registerAccount;
    }

    public LogIn logIn() {
        return logIn;
    }

    public AuthenticateAccessToken authenticateAccessToken() {
        return authenticateAccessToken;
    }

    public ViewOwnAccount viewOwnAccount() {
        return viewOwnAccount;
    }

    public PublishSigningKeys publishSigningKeys() {
        return publishSigningKeys;
    }
}
