package org.tdah.assistant.adapters.rest.identity;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.tdah.assistant.application.identity.IdentityCore;
import org.tdah.assistant.domain.access.Role;

/** The resources of the identity context: accounts, login, tokens, second factors, sessions, keys. */
public final class IdentityApi {
    private IdentityApi() {}

    /**
     * What the refresh cookie of browser clients needs: the session lifetime (its {@code Max-Age}) and
     * the public base URL, whose origin is the only one a cookie refresh is taken from.
     */
    public record BrowserSessions(Duration sessionLifetime, String publicBaseUrl) {}

    /**
     * @param permissionsOf the effective {@code resource:action} permissions of a set of roles, sorted
     *     (the access context's answer, for {@code GET /users/me})
     * @param browsers how the refresh token is handed to browsers in its cookie
     */
    public static void install(JerseyEnvironment jersey, IdentityCore core, Function<Set<Role>, List<String>> permissionsOf,
            BrowserSessions browsers) {
        jersey.register(new AuthResource(core.registerAccount(), core.logIn(), core.refreshSession(), core.logOut(),
                core.verifySecondFactor(), core.reauthenticate(), core.sendSmsCode(),
                new RefreshCookie(browsers.sessionLifetime()), new CsrfCheck(browsers.publicBaseUrl())));
        jersey.register(new MfaResource(core.startTotpSetup(), core.showPendingTotpSetup(), core.confirmTotp(),
                core.disableTotp(), core.regenerateBackupCodes(), core.startSmsSecondFactor(), core.confirmSmsSecondFactor(),
                core.disableSmsSecondFactor()));
        jersey.register(new EmailVerificationResource(core.verifyEmail(), core.resendVerificationEmail()));
        jersey.register(new PasswordResetResource(core.requestPasswordReset(), core.resetPassword()));
        jersey.register(new UsersResource(core.viewOwnAccount(), core.changePassword(), core.requestPhoneVerification(),
                core.verifyPhone(), core.updateProfile(), core.viewPreferences(), core.replacePreferences(), permissionsOf));
        jersey.register(new SessionsResource(core.listSessions(), core.endSession(), core.endOtherSessions()));
        jersey.register(new JwksResource(core.publishSigningKeys()));
    }
}
