package org.tdah.assistant.testkit.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.shared.SmsSendResult;
import org.tdah.assistant.application.shared.port.TextMessages;
import org.tdah.assistant.application.shared.port.TextMessagesContract;
import org.tdah.assistant.domain.shared.PhoneNumber;

class RecordingTextMessagesTest extends TextMessagesContract {
    private RecordingTextMessages textMessages;

    @Override
    protected TextMessages newTextMessages() {
        textMessages = new RecordingTextMessages();
        return textMessages;
    }

    @Override
    protected List<OutgoingSms> delivered() {
        return textMessages.sent();
    }

    @Override
    protected void takeTheProviderDown() {
        textMessages.setDown(true);
    }

    @Test
    void any_number_can_be_made_to_refuse_sms_and_nothing_is_recorded_for_it() {
        PhoneNumber landline = new PhoneNumber("+33140000000");
        textMessages.refuse(landline, new SmsSendResult.InvalidNumber());

        assertThat(textMessages.send(new OutgoingSms(landline, "Bonjour"))).isEqualTo(new SmsSendResult.InvalidNumber());
        assertThat(textMessages.sent()).isEmpty();
    }
}
