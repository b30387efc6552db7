package org.tdah.assistant.testkit.identity;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import org.tdah.assistant.application.identity.port.SignInFigures;
import org.tdah.assistant.domain.identity.SecondFactorMethod;

/** The sign-in figures told, in order, as {@code login:<outcome>} and {@code totp:accepted}-like lines. */
public final class RecordingSignInFigures implements SignInFigures {
    private final List<String> told = new CopyOnWriteArrayList<>();

    @Override
    public void loginEnded(LoginOutcome outcome) {
        told.add("login:" + outcome.name().toLowerCase(java.util.Locale.ROOT));
    }

    @Override
    public void secondFactorChecked(SecondFactorMethod method, boolean accepted) {
        told.add(method.wireName() + ":" + (accepted ? "accepted" : "refused"));
    }

    public List<String> told() {
        return List.copyOf(told);
    }
}
