package org.tdah.assistant.application.identity.phone;

import java.time.Duration;
import org.tdah.assistant.domain.shared.PhoneNumber;

/** How asking for a code to a phone ended: the answers of {@link RequestPhoneVerification} and {@link StartSmsSecondFactor}. */
public sealed interface CodeRequest {
    <T> T map(Mapping<T> mapping);

    /** One answer per variant: a new variant does not compile until every caller answers it. */
    interface Mapping<T> {
        T on(Sent sent);

        T on(Throttled throttled);

        T on(CannotReceiveSms cannotReceiveSms);

        T on(Unsubscribed unsubscribed);

        T on(ReauthenticationRequired reauthenticationRequired);

        T on(NoSuchAccount noSuchAccount);
    }

    record Sent(PhoneNumber phone, Duration expiresIn) implements CodeRequest {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }
    }

    record Throttled(Duration retryAfter) implements CodeRequest {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }
    }

    /** The number cannot receive SMS. */
    record CannotReceiveSms() implements CodeRequest {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }
    }

    /** The person replied STOP to our number: we may not text it. */
    record Unsubscribed() implements CodeRequest {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }
    }

    /** Replacing a verified number needs a proof of identity from the last five minutes. */
    record ReauthenticationRequired() implements CodeRequest {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }
    }

    record NoSuchAccount() implements CodeRequest {
        @Override
        public <T> T map(Mapping<T> mapping) {
            return mapping.on(this);
        }
    }
}
