package org.tdah.assistant.adapters.sms.emulator;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * The JSON bodies of the emulated API: the Message and Account resources and the error shape, with Twilio's
 * field names and its RFC 2822 dates ({@code Thu, 30 Jul 2015 20:12:31 +0000}).
 */
final class Json {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private static final DateTimeFormatter RFC_2822 =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss Z", Locale.US).withZone(ZoneOffset.UTC);
    static final String API_VERSION = "2010-04-01";

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
        json.put("error_code", null);
        json.put("error_message", null);
        json.put("from", message.from());
        json.put("messaging_service_sid", message.messagingServiceSid());
        json.put("num_media", "0");
        json.put("num_segments", String.valueOf(SmsSegments.count(message.body())));
        json.put("price", null);
        json.put("price_unit", "USD");
        json.put("sid", message.sid());
        json.put("status", message.from() == null ? "accepted" : "queued");
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

    private static byte[] write(Map<String, Object> json) {
        try {
            return MAPPER.writeValueAsBytes(json);
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a map of strings and numbers is always JSON", impossible);
        }
    }
}
