package org.tdah.assistant.adapters.sms.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.math.BigDecimal;
import java.net.URI;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.tdah.assistant.domain.sms.SmsSegments;

/**
 * The JSON bodies of the emulated API: the Message and Account resources and the error shape, with Twilio's
 * field names and its RFC 2822 dates ({@code Thu, 30 Jul 2015 20:12:31 +0000}).
 */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);
    static final String API_VERSION = "2010-04-01";
    private static final BigDecimal PRICE_PER_SEGMENT = new BigDecimal("0.00790");

    private Json() {
    }

    static byte[] error(ApiError error) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("code", error.code());
        json.put("message", error.message());
        json.put("more_info", error.moreInfo());
        json.put("status", error.status());
        return write(json);
    }

    static byte[] message(String accountSid, SentMessage message) {
        return message(accountSid, message, new MagicNumbers.Outcome(message.from() == null ? "accepted" : "queued", null), false);
    }

    /**
     * The Message resource; {@code priced} once Twilio has priced it (on fetch): 0.0079 USD per
     * segment, negative as Twilio reports money taken from the account. A failed message is not
     * charged: it has no price.
     */
    static byte[] message(String accountSid, SentMessage message, MagicNumbers.Outcome status, boolean priced) {
        String uri = "/" + API_VERSION + "/Accounts/" + accountSid + "/Messages/" + message.sid();
        String date = RFC_2822.format(message.at());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_sid", accountSid);
        json.put("api_version", API_VERSION);
        json.put("body", message.body());
        json.put("date_created", date);
        json.put("date_sent", null);
        json.put("date_updated", date);
        json.put("direction", "outbound-api");
        json.put("error_code", status.errorCode());
        json.put("error_message", null);
        json.put("from", message.from());
        json.put("messaging_service_sid", message.messagingServiceSid());
        json.put("num_media", "0");
        int segments = SmsSegments.of(message.body()).count();
        json.put("num_segments", String.valueOf(segments));
        json.put("price", priced && !"failed".equals(status.status()) ? PRICE_PER_SEGMENT.multiply(BigDecimal.valueOf(segments)).negate().toPlainString() : null);
        json.put("price_unit", "USD");
        json.put("sid", message.sid());
        json.put("status", status.status());
        json.put("subresource_uris", Map.of("media", uri + "/Media.json"));
        json.put("to", message.to());
        json.put("uri", uri + ".json");
        return write(json);
    }

    /**
     * The Account resource. Twilio echoes the account's auth token in it; the emulator answers a
     * placeholder instead, so that no test output ever holds the token it was started with.
     */
    static byte[] account(EmulatedAccount account) {
        String uri = "/" + API_VERSION + "/Accounts/" + account.sid();
        String date = RFC_2822.format(account.createdAt());
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("auth_token", EmulatedAccount.REDACTED_AUTH_TOKEN);
        json.put("date_created", date);
        json.put("date_updated", date);
        json.put("friendly_name", account.friendlyName());
        json.put("owner_account_sid", account.sid());
        json.put("sid", account.sid());
        json.put("status", account.status());
        json.put("subresource_uris", Map.of(
                "messages", uri + "/Messages.json",
                "incoming_phone_numbers", uri + "/IncomingPhoneNumbers.json"));
        json.put("type", "Full");
        json.put("uri", uri + ".json");
        return write(json);
    }

    /** A page of the AvailablePhoneNumbers Local list, all on one page. */
    static byte[] availableNumbers(String path, String country, List<String> numbers, int pageSize) {
        List<Map<String, Object>> records = numbers.stream().map(number -> {
            Map<String, Object> json = new LinkedHashMap<>();
            json.put("address_requirements", "none");
            json.put("beta", false);
            json.put("friendly_name", number);
            json.put("iso_country", country);
            json.put("lata", null);
            json.put("latitude", null);
            json.put("locality", null);
            json.put("longitude", null);
            json.put("phone_number", number);
            json.put("postal_code", null);
            json.put("rate_center", null);
            json.put("region", null);
            return json;
        }).toList();
        String uri = path + "?PageSize=" + pageSize;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("available_phone_numbers", records);
        json.put("end", Math.max(0, records.size() - 1));
        json.put("first_page_uri", uri + "&Page=0");
        json.put("next_page_uri", null);
        json.put("page", 0);
        json.put("page_size", pageSize);
        json.put("previous_page_uri", null);
        json.put("start", 0);
        json.put("uri", uri);
        return write(json);
    }

    /** The IncomingPhoneNumber resource; an unset webhook is an empty string, as Twilio answers it. */
    static byte[] incomingNumber(String accountSid, OwnedNumber number) {
        String uri = "/" + API_VERSION + "/Accounts/" + accountSid + "/IncomingPhoneNumbers/" + number.sid() + ".json";
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("account_sid", accountSid);
        json.put("address_requirements", "none");
        json.put("address_sid", null);
        json.put("api_version", API_VERSION);
        json.put("beta", false);
        json.put("bundle_sid", null);
        json.put("date_created", RFC_2822.format(number.createdAt()));
        json.put("date_updated", RFC_2822.format(number.updatedAt()));
        json.put("emergency_status", "Inactive");
        json.put("friendly_name", number.phoneNumber());
        json.put("identity_sid", null);
        json.put("origin", "twilio");
        json.put("phone_number", number.phoneNumber());
        json.put("sid", number.sid());
        json.put("sms_application_sid", "");
        json.put("sms_fallback_method", "POST");
        json.put("sms_fallback_url", text(number.smsFallbackUrl()));
        json.put("sms_method", number.smsMethod());
        json.put("sms_url", text(number.smsUrl()));
        json.put("status", "in-use");
        json.put("status_callback", text(number.statusCallback()));
        json.put("status_callback_method", "POST");
        json.put("trunk_sid", null);
        json.put("uri", uri);
        json.put("voice_application_sid", "");
        json.put("voice_caller_id_lookup", false);
        json.put("voice_fallback_method", "POST");
        json.put("voice_fallback_url", "");
        json.put("voice_method", "POST");
        json.put("voice_url", "");
        return write(json);
    }

    private static String text(URI uri) {
        return uri == null ? "" : uri.toString();
    }

    private static byte[] write(Map<String, Object> json) {
        try {
            return MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a map of strings and numbers is always JSON", impossible);
        }
    }
}
