package org.tdah.assistant.application.identity.phone;

import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.SmsCodePurpose;

/** Sends a code to the number, to make it the account's phone and texted codes a second factor. */
public final class StartSmsSecondFactor {
    private final PhoneCodes codes;

    public StartSmsSecondFactor(PhoneCodes codes) {
        this.codes = codes;
    }

    public CodeRequest start(Caller caller, PhoneCommand command, RequestOrigin origin) {
        return codes.send(caller, command.phone(), SmsCodePurpose.ENABLE_SMS_MFA, origin);
    }
}
