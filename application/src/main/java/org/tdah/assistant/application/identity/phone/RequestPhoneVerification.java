package org.tdah.assistant.application.identity.phone;

import org.tdah.assistant.application.identity.Caller;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.domain.identity.SmsCodePurpose;

/** Sends a code to the number, to make it the account's verified phone. */
public final class RequestPhoneVerification {
    private final PhoneCodes codes;

    public RequestPhoneVerification(PhoneCodes codes) {
        this.codes = codes;
    }

    public CodeRequest request(Caller caller, PhoneCommand command, RequestOrigin origin) {
        return codes.send(caller, command.phone(), SmsCodePurpose.VERIFY_PHONE, origin);
    }
}
