package org.tdah.assistant.application.identity.port;

import org.tdah.assistant.domain.identity.SecondFactorMethod;

/**
 * What became of each sign-in, told as it is decided, for the operators' figures: how a login
 * ended and whether a second factor was accepted. The audit trail does not tell these apart (a
 * login that asks for a second factor records nothing; a refused code does not say which factor),
 * hence this port. An adapter counts, stores nothing, and never fails the sign-in.
 */
public interface SignInFigures {

    /** The answers {@code LogIn} gives, one per attempt. */
    enum LoginOutcome { SUCCESS, SECOND_FACTOR_REQUIRED, REFUSED, THROTTLED }

    /** Figures nobody reads: for embedders and tests that do not count. */
    SignInFigures NONE = new SignInFigures() {
        @Override
        public void loginEnded(LoginOutcome outcome) {}

        @Override
        public void secondFactorChecked(SecondFactorMethod method, boolean accepted) {}
    };

    void loginEnded(LoginOutcome outcome);

    /** A code of {@code method} was checked: accepted (the login then succeeds) or refused. */
    void secondFactorChecked(SecondFactorMethod method, boolean accepted);
}
