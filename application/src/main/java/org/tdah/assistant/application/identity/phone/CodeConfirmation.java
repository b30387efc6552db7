package org.tdah.assistant.application.identity.phone;

import org.tdah.assistant.domain.shared.PhoneNumber;

/** How confirming a texted code ended: the answers of {@link VerifyPhone} and {@link ConfirmSmsSecondFactor}. */
public sealed interface CodeConfirmation {
    <T> T map(Mapping<T> mapping);

    /** One answer per variant: a new variant does not compile until every caller answers it. */
    interface Mapping<T> {
        T on(Verified verified);

        T on(WrongCode wrongCode);

        T on(NoUsableCode noUsableCode);

        T on(PhoneInUse phoneInUse);

        T on(NoSuchAccount noSuchAccount);
    }

    /** The number is the account's verified phone; {@code smsSecondFactor} tells whether codes to it log in. */
    record Verified(PhoneNumber phone, boolean smsSecondFactor) implements CodeConfirmation {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }
    }

    record WrongCode() implements CodeConfirmation {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }
    }

    /** No code sent, or it expired, was used or was tried too often. */
    record NoUsableCode() implements CodeConfirmation {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }
    }

    /** The number is another account's verified phone. */
    record PhoneInUse() implements CodeConfirmation {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }
    }

    record NoSuchAccount() implements CodeConfirmation {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }
    }
}
