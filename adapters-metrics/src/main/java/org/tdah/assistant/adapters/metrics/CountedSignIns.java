package org.tdah.assistant.adapters.metrics;

import java.util.Locale;
import org.tdah.assistant.application.identity.port.SignInFigures;
import org.tdah.assistant.domain.identity.SecondFactorMethod;

/** The identity context's sign-in figures as Prometheus counters. */
public final class CountedSignIns implements SignInFigures {
    private final AssistantMetrics metrics;

    public CountedSignIns(AssistantMetrics metrics) {
        this.metrics = metrics;
    }

    @Override
    public void loginEnded(LoginOutcome outcome) {
        metrics.loginEnded(outcome.name().toLowerCase(Locale.ROOT));
    }

    @Override
    public void secondFactorChecked(SecondFactorMethod method, boolean accepted) {
        metrics.secondFactorChecked(method, accepted);
    }
}
