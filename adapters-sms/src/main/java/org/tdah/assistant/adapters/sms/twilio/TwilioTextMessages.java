package org.tdah.assistant.adapters.sms.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.MessageCreator;
import java.net.URI;
import java.util.Objects;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.shared.OutgoingSms;
import org.tdah.assistant.application.shared.SmsSendResult;
import org.tdah.assistant.application.shared.port.TextMessages;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * Sends SMS through Twilio's Messages API with an injected SDK client: from the number the message
 * names ({@link OutgoingSms#from()}, one of ours), else from the platform's sender, our own number
 * or a Messaging Service; asking Twilio to report delivery to the status callback when one is set.
 *
 * <p>A recipient Twilio refuses for good is a value ({@link SmsSendResult.InvalidNumber},
 * {@link SmsSendResult.Unsubscribed}); any other failure throws
 * {@link DependencyUnavailableException} ("Twilio") and is logged, at ERROR when it is our
 * configuration's fault (see {@link TwilioErrorCodes}). Bodies hold one-time codes: they are never
 * logged, and neither are credentials nor whole phone numbers.
 */
public final class TwilioTextMessages implements TextMessages {
    static final String DEPENDENCY = "Twilio";
    private static final Logger LOG = LoggerFactory.getLogger(TwilioTextMessages.class);
    private static final Pattern MESSAGING_SERVICE_SID = Pattern.compile("MG[0-9a-f]{32}");

    private final TwilioRestClient client;
    private final Sender sender;
    private final URI statusCallback;

    /** Sends from {@code from}, one of the account's numbers; {@code statusCallback} may be null. */
    public TwilioTextMessages(TwilioRestClient client, PhoneNumber from, URI statusCallback) {
        this(client, fromNumber(from), statusCallback);
    }

    private TwilioTextMessages(TwilioRestClient client, Sender sender, URI statusCallback) {
        this.client = Objects.requireNonNull(client, "client");
        this.sender = sender;
        this.statusCallback = checkedCallback(statusCallback);
    }

    /** Sends through a Messaging Service ({@code MG...}), which picks the sender number. */
    public static TwilioTextMessages viaMessagingService(
            TwilioRestClient client, String messagingServiceSid, URI statusCallback) {
        if (messagingServiceSid == null || !MESSAGING_SERVICE_SID.matcher(messagingServiceSid).matches()) {
            throw new IllegalArgumentException("a Messaging Service SID is MG followed by 32 hexadecimal digits");
        }
        return new TwilioTextMessages(client, (to, body) -> Message.creator(to, messagingServiceSid, body), statusCallback);
    }

    @Override
    public SmsSendResult send(OutgoingSms sms) {
        com.twilio.type.PhoneNumber to = new com.twilio.type.PhoneNumber(sms.to().value());
        MessageCreator creator = sms.from()
                .map(from -> Message.creator(to, new com.twilio.type.PhoneNumber(from.value()), sms.body()))
                .orElseGet(() -> sender.creator(to, sms.body()));
        if (statusCallback != null) {
            creator.setStatusCallback(statusCallback);
        }
        try {
            Message message = creator.create(client);
            if (message.getSid() == null) {
                throw new ApiException("Twilio accepted the message without giving its sid");
            }
            return new SmsSendResult.Accepted(message.getSid());
        } catch (ApiConnectionException unreachable) {
            LOG.warn("Twilio could not be reached to send an SMS to {}: {}", sms.to().masked(), unreachable.getMessage());
            throw new DependencyUnavailableException(DEPENDENCY, unreachable);
        } catch (ApiException refused) {
            return refusal(sms, refused);
        } catch (TwilioException broken) {
            LOG.error("The Twilio client could not send an SMS (configuration problem): {}", broken.getClass().getSimpleName());
            throw new DependencyUnavailableException(DEPENDENCY, broken);
        }
    }

    private static SmsSendResult refusal(OutgoingSms sms, ApiException refused) {
        Integer code = refused.getCode();
        Integer status = refused.getStatusCode();
        switch (TwilioErrorCodes.outcomeOf(code, status)) {
            case INVALID_NUMBER:
                return new SmsSendResult.InvalidNumber();
            case UNSUBSCRIBED:
                return new SmsSendResult.Unsubscribed();
            case UNAVAILABLE:
                if (code == null) {
                    LOG.warn("Twilio did not take an SMS to {}: HTTP status {}, no readable error ({})", sms.to().masked(), status,
                            refused.getCause() == null ? "none" : refused.getCause().getClass().getSimpleName());
                } else {
                    LOG.warn("Twilio did not take an SMS to {}: error {}, HTTP status {}", sms.to().masked(), code, status);
                }
                throw new DependencyUnavailableException(DEPENDENCY, refused);
            default:
                LOG.error("Twilio refused an SMS because of our configuration (credentials, sender or account):"
                        + " error {}, HTTP status {}, see {}", code, status, refused.getMoreInfo());
                throw new DependencyUnavailableException(DEPENDENCY, refused);
        }
    }

    private static Sender fromNumber(PhoneNumber from) {
        com.twilio.type.PhoneNumber sender = new com.twilio.type.PhoneNumber(Objects.requireNonNull(from, "from").value());
        return (to, body) -> Message.creator(to, sender, body);
    }

    private static URI checkedCallback(URI statusCallback) {
        if (statusCallback != null && !isHttp(statusCallback.getScheme())) {
            throw new IllegalArgumentException("the status callback must be an absolute http(s) URL");
        }
        return statusCallback;
    }

    private static boolean isHttp(String scheme) {
        return "https".equalsIgnoreCase(scheme) || "http".equalsIgnoreCase(scheme);
    }

    /** How a message gets its sender: a number, or a Messaging Service. */
    @FunctionalInterface
    private interface Sender {
        MessageCreator creator(com.twilio.type.PhoneNumber to, String body);
    }
}
