package org.tdah.assistant.adapters.sms.twilio;

import com.twilio.exception.ApiConnectionException;
import com.twilio.exception.ApiException;
import com.twilio.exception.TwilioException;
import com.twilio.http.HttpMethod;
import com.twilio.http.TwilioRestClient;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumber;
import com.twilio.rest.api.v2010.account.IncomingPhoneNumberUpdater;
import com.twilio.rest.api.v2010.account.Message;
import com.twilio.rest.api.v2010.account.availablephonenumbercountry.Local;
import com.twilio.rest.api.v2010.account.availablephonenumbercountry.LocalReader;
import java.math.BigDecimal;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.application.sms.AvailableNumber;
import org.tdah.assistant.application.sms.MessagePrice;
import org.tdah.assistant.application.sms.NumberNotAvailableException;
import org.tdah.assistant.application.sms.NumberWebhooks;
import org.tdah.assistant.application.sms.ProvisionedNumber;
import org.tdah.assistant.application.sms.UnknownNumberException;
import org.tdah.assistant.application.sms.port.PhoneNumberProvider;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * Our numbers at Twilio, through the injected SDK client: AvailablePhoneNumbers (Local) to search,
 * IncomingPhoneNumbers to buy, configure, fetch and release, and the Message resource for a
 * message's final price and segments. Every webhook is called by POST.
 *
 * <p>Twilio's 21421/21422 on a purchase are {@link NumberNotAvailableException}; a 404 on a number
 * is {@link UnknownNumberException} (configure), empty (fetch) or nothing (release); a country
 * without local numbers offers none. Unreachable Twilio, 5xx and 429 throw
 * {@link DependencyUnavailableException} ("Twilio") and are logged at WARN; every other refusal is
 * our configuration's fault, logged at ERROR, and throws the same. Credentials and whole phone
 * numbers are never logged.
 */
public final class TwilioPhoneNumbers implements PhoneNumberProvider {
    private static final Logger LOG = LoggerFactory.getLogger(TwilioPhoneNumbers.class);
    private static final Pattern AREA_CODE = Pattern.compile("[0-9]{2,5}");
    private static final Pattern COUNTRY = Pattern.compile("[A-Z]{2}");
    private static final Set<Integer> NOT_AVAILABLE = Set.of(21421, 21422, 21452);
    private static final int NOT_FOUND = 404;

    private final TwilioRestClient client;

    public TwilioPhoneNumbers(TwilioRestClient client) {
        this.client = Objects.requireNonNull(client, "client");
    }

    @Override
    public List<AvailableNumber> available(String country, Optional<String> areaCode, int limit) {
        if (country == null || !COUNTRY.matcher(country).matches()) {
            throw new IllegalArgumentException("a country is two capital letters (ISO 3166-1 alpha-2), like US or FR");
        }
        Objects.requireNonNull(areaCode, "areaCode");
        if (limit < 1) {
            throw new IllegalArgumentException("ask for at least one number");
        }
        LocalReader reader = Local.reader(country).setPageSize((long) limit);
        areaCode.ifPresent(code -> {
            if (!AREA_CODE.matcher(code).matches()) {
                throw new IllegalArgumentException("an area code is digits only");
            }
            reader.setAreaCode(Integer.valueOf(code));
        });
        reader.limit(limit);
        return call("search numbers for sale", () -> {
            List<AvailableNumber> numbers = new ArrayList<>();
            try {
                for (Local local : reader.read(client)) {
                    if (numbers.size() == limit) {
                        break;
                    }
                    numbers.add(new AvailableNumber(new PhoneNumber(local.getPhoneNumber().getEndpoint()), country));
                }
            } catch (ApiException refused) {
                if (isNotFound(refused)) {
                    return List.of();
                }
                throw refused;
            }
            return List.copyOf(numbers);
        });
    }

    @Override
    public ProvisionedNumber buy(PhoneNumber number, NumberWebhooks webhooks) {
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(webhooks, "webhooks");
        return call("buy a number", () -> {
            try {
                return provisioned(IncomingPhoneNumber.creator(new com.twilio.type.PhoneNumber(number.value()))
                        .setSmsUrl(webhooks.smsUrl())
                        .setSmsMethod(HttpMethod.POST)
                        .setSmsFallbackUrl(text(webhooks.smsFallbackUrl()))
                        .setSmsFallbackMethod(HttpMethod.POST)
                        .setStatusCallback(text(webhooks.statusCallback()))
                        .setStatusCallbackMethod(HttpMethod.POST)
                        .create(client));
            } catch (ApiException refused) {
                if (refused.getCode() != null && NOT_AVAILABLE.contains(refused.getCode())) {
                    throw new NumberNotAvailableException("Twilio will not sell the number " + number.masked()
                            + " (error " + refused.getCode() + ")");
                }
                throw refused;
            }
        });
    }

    @Override
    public ProvisionedNumber configure(String providerSid, NumberWebhooks webhooks) {
        Objects.requireNonNull(webhooks, "webhooks");
        String sid = requiredSid(providerSid);
        IncomingPhoneNumberUpdater updater = IncomingPhoneNumber.updater(sid)
                .setSmsUrl(webhooks.smsUrl())
                .setSmsMethod(HttpMethod.POST)
                .setSmsFallbackUrl(text(webhooks.smsFallbackUrl()))
                .setSmsFallbackMethod(HttpMethod.POST)
                .setStatusCallback(text(webhooks.statusCallback()))
                .setStatusCallbackMethod(HttpMethod.POST);
        return call("configure a number", () -> {
            try {
                return provisioned(updater.update(client));
            } catch (ApiException refused) {
                if (isNotFound(refused)) {
                    throw new UnknownNumberException(sid);
                }
                throw refused;
            }
        });
    }

    @Override
    public Optional<ProvisionedNumber> fetch(String providerSid) {
        String sid = requiredSid(providerSid);
        return call("fetch a number", () -> {
            try {
                return Optional.of(provisioned(IncomingPhoneNumber.fetcher(sid).fetch(client)));
            } catch (ApiException refused) {
                if (isNotFound(refused)) {
                    return Optional.empty();
                }
                throw refused;
            }
        });
    }

    @Override
    public void release(String providerSid) {
        String sid = requiredSid(providerSid);
        call("release a number", () -> {
            try {
                return IncomingPhoneNumber.deleter(sid).delete(client);
            } catch (ApiException refused) {
                if (isNotFound(refused)) {
                    return false;
                }
                throw refused;
            }
        });
    }

    @Override
    public Optional<MessagePrice> priceOf(String providerMessageId) {
        String sid = requiredSid(providerMessageId);
        return call("fetch a message's price", () -> {
            Message message;
            try {
                message = Message.fetcher(sid).fetch(client);
            } catch (ApiException refused) {
                if (isNotFound(refused)) {
                    return Optional.empty();
                }
                throw refused;
            }
            String price = message.getPrice();
            if (price == null || price.isBlank() || message.getNumSegments() == null) {
                return Optional.empty();
            }
            String currency = message.getPriceUnit() == null ? "USD" : message.getPriceUnit().getCurrencyCode();
            return Optional.of(new MessagePrice(new BigDecimal(price).abs(), currency, Integer.parseInt(message.getNumSegments())));
        });
    }

    private static ProvisionedNumber provisioned(IncomingPhoneNumber number) {
        URI smsUrl = orNull(number.getSmsUrl());
        if (smsUrl == null) {
            throw new IllegalStateException("the Twilio number " + number.getSid() + " has no SMS URL: it was configured outside the assistant");
        }
        return new ProvisionedNumber(number.getSid(), new PhoneNumber(number.getPhoneNumber().getEndpoint()),
                new NumberWebhooks(smsUrl, orNull(number.getSmsFallbackUrl()), orNull(number.getStatusCallback())));
    }

    private static URI orNull(URI uri) {
        return uri == null || uri.toString().isEmpty() ? null : uri;
    }

    /** An unset webhook is sent empty, which clears it at Twilio. */
    private static String text(URI uri) {
        return uri == null ? "" : uri.toString();
    }

    private static boolean isNotFound(ApiException refused) {
        return refused.getStatusCode() != null && refused.getStatusCode() == NOT_FOUND;
    }

    private static String requiredSid(String sid) {
        if (sid == null || sid.isBlank()) {
            throw new IllegalArgumentException("a Twilio sid is required");
        }
        return sid;
    }

    private static <T> T call(String what, Supplier<T> request) {
        try {
            return request.get();
        } catch (ApiConnectionException unreachable) {
            LOG.warn("Twilio could not be reached to {}: {}", what, unreachable.getMessage());
            throw new DependencyUnavailableException(TwilioTextMessages.DEPENDENCY, unreachable);
        } catch (ApiException refused) {
            Integer status = refused.getStatusCode();
            if (status == null || status == 0 || status >= 500 || status == 429) {
                LOG.warn("Twilio did not {}: error {}, HTTP status {}", what, refused.getCode(), status);
            } else {
                LOG.error("Twilio refused to {} because of our configuration (credentials or account): error {}, HTTP status {}, see {}",
                        what, refused.getCode(), status, refused.getMoreInfo());
            }
            throw new DependencyUnavailableException(TwilioTextMessages.DEPENDENCY, refused);
        } catch (TwilioException broken) {
            LOG.error("The Twilio client could not {} (configuration problem): {}", what, broken.getClass().getSimpleName());
            throw new DependencyUnavailableException(TwilioTextMessages.DEPENDENCY, broken);
        }
    }
}
