package org.tdah.assistant.application.identity.phone;

import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.identity.TypedCode;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.SmsCodePurpose;

/** Makes the number the account's verified phone once the texted code is right. */
public final class VerifyPhone {
    private final PhoneCodes codes;

    public VerifyPhone(PhoneCodes codes) {
        this.codes = codes;
    }

    public CodeConfirmation verify(Caller caller, TypedCode command, RequestOrigin origin) {
        return codes.confirm(caller, command, SmsCodePurpose.VERIFY_PHONE, origin);
    }
}
