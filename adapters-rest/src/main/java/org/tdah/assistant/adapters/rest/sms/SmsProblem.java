package org.tdah.assistant.adapters.rest.sms;

import org.tdah.assistant.adapters.rest.shared.ProblemType;

/** The problems of the SMS context: numbers, and webhooks the provider did not sign. */
public enum SmsProblem implements ProblemType {
    FORGED_WEBHOOK(403, "forged-webhook", "This call is not signed by the SMS provider"),
    NUMBER_ALREADY_ASSIGNED(409, "number-already-assigned", "You have a number already"),
    VERIFIED_EMAIL_REQUIRED(409, "verified-email-required", "Verify your email address first"),
    VERIFIED_PHONE_REQUIRED(409, "verified-phone-required", "Verify your phone first"),
    NO_NUMBER_AVAILABLE(409, "no-number-available", "No number is for sale there now");

    private final int status;
    private final String slug;
    private final String title;

    SmsProblem(int status, String slug, String title) {
        this.status = status;
        this.slug = slug;
        this.title = title;
    }

    @Override
    public int status() {
        return status;
    }

    @Override
    public String title() {
        return title;
    }

    @Override
    public String slug() {
        return slug;
    }
}
