package org.tdah.assistant.application.sms;

import java.util.Locale;

/** What the router did with an inbound text: each text ends in exactly one of these. */
public enum RoutingOutcome {
    /** Filed in the person's SMS conversation and answered by their assistant. */
    ANSWERED,
    /** Filed in the person's SMS conversation; not answered, the sender had reached the reply cap. */
    KEPT_UNANSWERED,
    /** A STOP keyword: the sender is opted out of the number. */
    OPTED_OUT,
    /** A START keyword: the sender is opted back in (and consents, when they are a person of ours). */
    OPTED_IN,
    /** A HELP keyword: the help text was sent. */
    HELPED,
    /** From someone we do not know at this number: the onboarding reply was sent. */
    ONBOARDED,
    /** From someone we do not know, who already had the onboarding reply lately: nothing sent. */
    IGNORED_UNKNOWN,
    /** From one of our own numbers: never answered, so two numbers cannot talk in a loop. */
    IGNORED_LOOP,
    /** To a number that is not (any more) one of ours. */
    IGNORED_NOT_OURS;

    public String wireName() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }
}
