package org.tdah.assistant.application.sms.support;

import org.tdah.assistant.application.shared.Wording;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.sms.SmsBody;

/**
 * What the SMS router itself says, worded by the bundle {@code RouterTexts} (and
 * {@code RouterTexts_fr}): help, the onboarding reply with the sign-up link, the opt-in
 * confirmation, and the note on a text cut to fit one message.
 */
public final class RouterWording {
    private final Wording wording = new Wording("org.tdah.assistant.application.sms.RouterTexts");
    private final String signUpLink;

    /** {@code signUpLink}: where a stranger signs up, e.g. {@code https://assistant.example.org/}. */
    public RouterWording(String signUpLink) {
        this.signUpLink = signUpLink;
    }

    public String help(Language language) {
        return wording.say(language, "help", signUpLink);
    }

    public String onboarding(Language language) {
        return wording.say(language, "onboarding", signUpLink);
    }

    public String optedIn(Language language) {
        return wording.say(language, "opted-in");
    }

    /** The text itself when it fits one message, else cut with a note saying so. */
    public String fitted(String text, Language language) {
        return SmsBody.fitted(text, wording.raw(language, "cut-note"));
    }
}
