package org.tdah.assistant.adapters.rest.identity;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import org.tdah.assistant.application.identity.IdentityCore;
import org.tdah.assistant.domain.access.Role;

/** The resources of the identity context: accounts, login, tokens, second factors, sessions, keys. */
public final class IdentityApi {
    private IdentityApi() {}

    /**
     * @param permissionsOf the effective {@code resource:action} permissions of a set of roles, sorted
     *     (the access context's answer, for {@code GET /users/me})
     */
    public static void install(JerseyEnvironment jersey, IdentityCore core, Function<Set<Role>, List<String>> permissionsOf) {
        jersey.register(new AuthResource(core.registerAccount(), core.logIn(), core.refreshSession(), core.logOut(),
                core.verifySecondFactor(), core.reauthenticate(), core.sendSmsCode()));
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
