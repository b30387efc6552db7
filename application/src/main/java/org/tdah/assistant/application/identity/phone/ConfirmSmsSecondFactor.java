package org.tdah.assistant.application.identity.phone;

import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.TypedCode;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.SmsCodePurpose;

/** Turns texted codes on as a second factor once the code sent by {@link StartSmsSecondFactor} is right. */
public final class ConfirmSmsSecondFactor {
    private final PhoneCodes codes;

    public ConfirmSmsSecondFactor(PhoneCodes codes) {
        this.codes = codes;
    }

    public CodeConfirmation confirm(Caller caller, TypedCode command, RequestOrigin origin) {
        return codes.confirm(caller, command, SmsCodePurpose.ENABLE_SMS_MFA, origin);
    }
}
