package org.tdah.assistant.adapters.sms.emulator;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The phone-number routes of the emulated API, after authentication:
 * {@code GET .../AvailablePhoneNumbers/{Country}/Local.json} ({@code AreaCode}, {@code PageSize}),
 * {@code POST .../IncomingPhoneNumbers.json} (buy), and {@code GET}, {@code POST} (update) and
 * {@code DELETE} of {@code .../IncomingPhoneNumbers/{Sid}.json}. Answers Twilio's JSON and codes.
 */
final class PhoneNumbersEndpoint {
    private static final Pattern AVAILABLE = Pattern.compile(
            "/" + Json.API_VERSION + "/Accounts/([^/]+)/AvailablePhoneNumbers/([A-Z]{2})/Local\\.json");
    private static final Pattern INCOMING = Pattern.compile(
            "/" + Json.API_VERSION + "/Accounts/([^/]+)/IncomingPhoneNumbers(?:/([^/]+))?\\.json");
    private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
    private static final int DEFAULT_PAGE_SIZE = 50;

    /** An answer: HTTP status and JSON body (null for no body). */
    record Answer(int status, byte[] json) {}

    private final String accountSid;
    private final OwnedNumbers numbers;

    PhoneNumbersEndpoint(String accountSid, OwnedNumbers numbers) {
        this.accountSid = accountSid;
        this.numbers = numbers;
    }

    /** The answer to a phone-number route, or empty when the path is none of them. */
    Optional<Answer> answer(String method, String path, String rawQuery, byte[] body) {
        Matcher available = AVAILABLE.matcher(path);
        if (available.matches()) {
            checkAccount(available.group(1));
            requireMethod(method, "GET");
            return Optional.of(available(available.group(2), FormBody.parse(rawQuery == null ? new byte[0]
                    : rawQuery.getBytes(StandardCharsets.UTF_8)), path));
        }
        Matcher incoming = INCOMING.matcher(path);
        if (!incoming.matches()) {
            return Optional.empty();
        }
        checkAccount(incoming.group(1));
        String sid = incoming.group(2);
        if (sid == null) {
            requireMethod(method, "POST");
            return Optional.of(new Answer(201, Json.incomingNumber(accountSid, buy(FormBody.parse(body)))));
        }
        return Optional.of(switch (method) {
            case "GET" -> new Answer(200, Json.incomingNumber(accountSid, numbers.find(sid).orElseThrow(() -> notFound(path))));
            case "POST" -> new Answer(200, Json.incomingNumber(accountSid,
                    numbers.update(sid, configuration(FormBody.parse(body))).orElseThrow(() -> notFound(path))));
            case "DELETE" -> {
                if (!numbers.release(sid)) {
                    throw notFound(path);
                }
                yield new Answer(204, null);
            }
            default -> throw new Refusal(ApiError.methodNotAllowed(method));
        });
    }

    private Answer available(String country, Map<String, List<String>> query, String path) {
        String areaCode = value(query, "AreaCode");
        int pageSize = DEFAULT_PAGE_SIZE;
        String requested = value(query, "PageSize");
        if (requested != null) {
            try {
                pageSize = Integer.parseInt(requested);
            } catch (NumberFormatException invalid) {
                throw new Refusal(new ApiError(400, 20001, "Invalid PageSize: " + requested));
            }
        }
        List<String> forSale = numbers.forSale(country, areaCode, Math.max(1, pageSize));
        if (forSale == null) {
            throw notFound(path);
        }
        return new Answer(200, Json.availableNumbers(path, country, forSale, pageSize));
    }

    private OwnedNumber buy(Map<String, List<String>> form) {
        String phoneNumber = value(form, "PhoneNumber");
        if (phoneNumber == null || !E164.matcher(phoneNumber).matches()) {
            throw new Refusal(new ApiError(400, 21421, "PhoneNumber is invalid"));
        }
        return numbers.buy(phoneNumber, configuration(form));
    }

    private UnaryOperator<OwnedNumber> configuration(Map<String, List<String>> form) {
        boolean hasSmsUrl = form.containsKey("SmsUrl");
        boolean hasFallback = form.containsKey("SmsFallbackUrl");
        boolean hasStatus = form.containsKey("StatusCallback");
        URI smsUrl = url(form, "SmsUrl");
        URI fallback = url(form, "SmsFallbackUrl");
        URI status = url(form, "StatusCallback");
        String smsMethod = value(form, "SmsMethod");
        if (smsMethod != null && !smsMethod.equals("POST") && !smsMethod.equals("GET")) {
            throw new Refusal(new ApiError(400, 21501, "SmsMethod must be GET or POST, not " + smsMethod));
        }
        return current -> new OwnedNumber(current.sid(), current.phoneNumber(),
                hasSmsUrl ? smsUrl : current.smsUrl(),
                smsMethod != null ? smsMethod : current.smsMethod(),
                hasFallback ? fallback : current.smsFallbackUrl(),
                hasStatus ? status : current.statusCallback(),
                current.createdAt(), numbers.clock().instant());
    }

    private static URI url(Map<String, List<String>> form, String name) {
        String value = value(form, name);
        if (value == null) {
            return null;
        }
        try {
            URI uri = new URI(value);
            if (uri.getHost() != null && ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))) {
                return uri;
            }
        } catch (URISyntaxException invalid) {
            // answered below
        }
        throw new Refusal(new ApiError(400, 21502, "Invalid " + name + ": " + value));
    }

    private static String value(Map<String, List<String>> form, String name) {
        List<String> values = form.get(name);
        if (values == null || values.isEmpty() || values.get(0).isEmpty()) {
            return null;
        }
        return values.get(0);
    }

    private void checkAccount(String sid) {
        if (!accountSid.equals(sid)) {
            throw new Refusal(ApiError.authenticate());
        }
    }

    private static void requireMethod(String method, String expected) {
        if (!expected.equals(method)) {
            throw new Refusal(ApiError.methodNotAllowed(method));
        }
    }

    private static Refusal notFound(String path) {
        return new Refusal(ApiError.notFound(path));
    }
}
