package org.tdah.assistant.adapters.metrics;

import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.shared.SmsSendResult;
import org.tdah.assistant.application.shared.port.TextMessages;

/**
 * The SMS provider, counting the texts it refused for good (opted out, invalid number): the
 * {@code failed} outcome. Texts it took are counted by the usage log ({@link CountedSmsUsage}); a
 * provider that cannot be reached throws and counts nothing, as the sender retries.
 */
public final class CountedTextMessages implements TextMessages {
    private final TextMessages provider;
    private final AssistantMetrics metrics;

    public CountedTextMessages(TextMessages provider, AssistantMetrics metrics) {
        this.provider = provider;
        this.metrics = metrics;
    }

    @Override
    public SmsSendResult send(OutgoingSms sms) {
        SmsSendResult result = provider.send(sms);
        if (!(result instanceof SmsSendResult.Accepted)) {
            metrics.textRefused();
        }
        return result;
    }
}
