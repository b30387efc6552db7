package org.tdah.assistant.application.shared.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.shared.SmsSendResult;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.testkit.sms.TwilioTestNumbers;

/**
 * What every implementation of {@link TextMessages} must do: a message the provider takes is
 * handed over intact under an id of its own; a recipient refused for good is a value and nothing
 * is sent; a provider that cannot be reached throws {@link DependencyUnavailableException}.
 * Recipients refused for good are Twilio's magic test numbers ({@link TwilioTestNumbers}), which
 * the Twilio API emulator and the in-memory adapter both know.
 */
public abstract class TextMessagesContract {
    private static final PhoneNumber LEA = new PhoneNumber("+33612345678");
    private static final PhoneNumber SAM = new PhoneNumber("+14155550123");
    private static final String CODE_BODY = "Votre code : 493817 — valable 10 min ✅";

    private TextMessages textMessages;

    /** A sender through a provider that is up and has sent nothing yet. */
    protected abstract TextMessages newTextMessages();

    /** The messages the provider accepted so far, oldest first, as it received them. */
    protected abstract List<OutgoingSms> delivered();

    /** Makes the provider unreachable for the rest of the test. */
    protected abstract void takeTheProviderDown();

    @BeforeEach
    void setUpTextMessages() {
        textMessages = newTextMessages();
    }

    @Test
    void an_accepted_message_reaches_the_provider_with_its_recipient_and_body_intact() {
        OutgoingSms sms = new OutgoingSms(LEA, CODE_BODY);

        SmsSendResult result = textMessages.send(sms);

        assertThat(result).isInstanceOfSatisfying(SmsSendResult.Accepted.class,
                accepted -> assertThat(accepted.providerMessageId()).isNotBlank());
        assertThat(delivered()).containsExactly(sms);
    }

    @Test
    void each_accepted_message_gets_an_id_of_its_own() {
        SmsSendResult first = textMessages.send(new OutgoingSms(LEA, "Rappel : appeler le dentiste"));
        SmsSendResult second = textMessages.send(new OutgoingSms(LEA, "Rappel : appeler le dentiste"));

        assertThat(first).isInstanceOf(SmsSendResult.Accepted.class).isNotEqualTo(second);
        assertThat(second).isInstanceOf(SmsSendResult.Accepted.class);
        assertThat(delivered()).hasSize(2);
    }

    @ParameterizedTest(name = "{0} cannot receive our SMS")
    @ValueSource(strings = {"+15005550001", "+15005550002", "+15005550003", "+15005550009"})
    void a_number_that_cannot_receive_sms_is_an_invalid_number_and_nothing_is_sent(String number) {
        SmsSendResult result = textMessages.send(new OutgoingSms(new PhoneNumber(number), CODE_BODY));

        assertThat(result).isEqualTo(new SmsSendResult.InvalidNumber());
        assertThat(delivered()).isEmpty();
    }

    @Test
    void a_recipient_who_replied_stop_is_unsubscribed_and_nothing_is_sent() {
        SmsSendResult result = textMessages.send(new OutgoingSms(TwilioTestNumbers.UNSUBSCRIBED, CODE_BODY));

        assertThat(result).isEqualTo(new SmsSendResult.Unsubscribed());
        assertThat(delivered()).isEmpty();
    }

    @Test
    void a_refused_recipient_does_not_stop_the_next_message_to_someone_else() {
        OutgoingSms toSam = new OutgoingSms(SAM, "Rappel : arroser les plantes");

        textMessages.send(new OutgoingSms(TwilioTestNumbers.INVALID, CODE_BODY));
        SmsSendResult result = textMessages.send(toSam);

        assertThat(result).isInstanceOf(SmsSendResult.Accepted.class);
        assertThat(delivered()).containsExactly(toSam);
    }

    @Test
    void a_provider_that_cannot_be_reached_throws_dependency_unavailable_and_nothing_is_sent() {
        takeTheProviderDown();

        Throwable failure = catchThrowable(() -> textMessages.send(new OutgoingSms(LEA, CODE_BODY)));

        assertThat(failure).isInstanceOf(DependencyUnavailableException.class);
        assertThat(failure.getMessage()).doesNotContain("493817");
        assertThat(delivered()).isEmpty();
    }
}
