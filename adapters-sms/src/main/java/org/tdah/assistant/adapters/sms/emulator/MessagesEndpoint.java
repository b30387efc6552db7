package org.tdah.assistant.adapters.sms.emulator;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The HTTP side of the emulator: scripted failures first, then HTTP Basic authentication against
 * the account, then {@code POST .../Messages.json} (create), {@code GET .../Messages/{Sid}.json}
 * (fetch, priced), {@code GET /2010-04-01/Accounts/{Sid}.json} (the account itself, as a health
 * check reads it), and the phone-number routes of {@link PhoneNumbersEndpoint}. A message created
 * with a {@code StatusCallback} has its statuses posted there, signed, in order (queued, sent,
 * delivered, or how {@link MagicNumbers} says it fails); until then, and without one, it stays
 * queued. A message from one of our numbers to a phone that texted it STOP is refused with 21610
 * ({@link OptOuts}). Every other path is a Twilio 404, every other method a Twilio 405.
 */
final class MessagesEndpoint implements HttpHandler {
    private static final Logger LOG = LoggerFactory.getLogger(MessagesEndpoint.class);
    private static final Pattern MESSAGES =
            Pattern.compile("/" + Json.API_VERSION + "/Accounts/([^/]+)/Messages(?:/([^/]+))?\\.json");
    private static final Pattern ACCOUNT = Pattern.compile("/" + Json.API_VERSION + "/Accounts/([^/]+)\\.json");

    private final String accountSid;
    private final byte[] expectedAuthorization;
    private final ScriptedFailures failures;
    private final SentMessages messages;
    private final EmulatedAccount account;
    private final AtomicInteger requests = new AtomicInteger();
    private final List<ReceivedRequest> received = new CopyOnWriteArrayList<>();
    private final PhoneNumbersEndpoint phoneNumbers;
    private final Webhooks webhooks;
    private final OptOuts optOuts;

    MessagesEndpoint(EmulatedAccount account, String authToken, ScriptedFailures failures, SentMessages messages,
            PhoneNumbersEndpoint phoneNumbers, Webhooks webhooks, OptOuts optOuts) {
        this.optOuts = optOuts;
        this.phoneNumbers = phoneNumbers;
        this.webhooks = webhooks;
        this.accountSid = account.sid();
        String credentials = accountSid + ":" + authToken;
        this.expectedAuthorization = ("Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8)))
                .getBytes(StandardCharsets.UTF_8);
        this.failures = failures;
        this.messages = messages;
        this.account = account;
    }

    int requestsReceived() {
        return requests.get();
    }

    List<ReceivedRequest> received() {
        return List.copyOf(received);
    }

    void forgetReceived() {
        received.clear();
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            requests.incrementAndGet();
            received.add(new ReceivedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
                    Optional.ofNullable(exchange.getRequestHeaders().getFirst("X-Request-Id"))));
            byte[] body = readBody(exchange.getRequestBody());
            try {
                answer(exchange, body);
            } catch (Refusal refusal) {
                send(exchange, refusal.error().status(), Json.error(refusal.error()));
            } catch (RuntimeException bug) {
                LOG.error("The Twilio API emulator failed on {} {}", exchange.getRequestMethod(), exchange.getRequestURI().getPath(), bug);
                send(exchange, 500, Json.error(new ApiError(500, 20500, "An internal server error has occurred")));
            }
        }
    }

    private void answer(HttpExchange exchange, byte[] body) throws IOException {
        failures.take().ifPresent(failure -> {
            throw new Refusal(failure);
        });
        if (!authenticated(exchange)) {
            exchange.getResponseHeaders().set("WWW-Authenticate", "Basic realm=\"Twilio API\"");
            throw new Refusal(ApiError.authenticate());
        }
        String path = exchange.getRequestURI().getPath();
        Matcher accountRoute = ACCOUNT.matcher(path);
        if (accountRoute.matches()) {
            answerAccount(exchange, accountRoute.group(1));
            return;
        }
        Optional<PhoneNumbersEndpoint.Answer> numbersAnswer =
                phoneNumbers.answer(exchange.getRequestMethod(), path, exchange.getRequestURI().getRawQuery(), body);
        if (numbersAnswer.isPresent()) {
            send(exchange, numbersAnswer.get().status(), numbersAnswer.get().json());
            return;
        }
        Matcher route = MESSAGES.matcher(path);
        if (!route.matches()) {
            throw new Refusal(ApiError.notFound(path));
        }
        if (!accountSid.equals(route.group(1))) {
            throw new Refusal(ApiError.authenticate());
        }
        String method = exchange.getRequestMethod();
        if (route.group(2) == null && "POST".equals(method)) {
            send(exchange, 201, Json.message(accountSid, create(body)));
        } else if (route.group(2) != null && "GET".equals(method)) {
            SentMessage message = messages.find(route.group(2)).orElseThrow(() -> new Refusal(ApiError.notFound(path)));
            send(exchange, 200, Json.message(accountSid, message, messages.statusOf(message.sid()), true));
        } else {
            throw new Refusal(ApiError.methodNotAllowed(method));
        }
    }

    private void answerAccount(HttpExchange exchange, String sid) throws IOException {
        if (!accountSid.equals(sid)) {
            throw new Refusal(ApiError.authenticate());
        }
        String method = exchange.getRequestMethod();
        if (!"GET".equals(method)) {
            throw new Refusal(ApiError.methodNotAllowed(method));
        }
        send(exchange, 200, Json.account(account));
    }

    private SentMessage create(byte[] body) {
        MessageRequest request = Validation.messageRequest(FormBody.parse(body));
        if (request.from() != null) {
            MagicNumbers.refusalOfFrom(request.from()).ifPresent(error -> {
                throw new Refusal(error);
            });
        }
        MagicNumbers.refusalOfTo(request.to(), request.from()).ifPresent(error -> {
            throw new Refusal(error);
        });
        if (request.from() != null && optOuts.stopped(request.from(), request.to())) {
            throw new Refusal(OptOuts.unsubscribed());
        }
        SentMessage message = messages.record(request);
        if (message.statusCallback() != null) {
            reportStatuses(message);
        }
        return message;
    }

    /** Queues the message's status callbacks: queued, then sent and delivered, or how it failed. */
    private void reportStatuses(SentMessage message) {
        MagicNumbers.Outcome end = MagicNumbers.outcomeOf(message.to());
        report(message, new MagicNumbers.Outcome(message.from() == null ? "accepted" : "queued", null));
        if (!"failed".equals(end.status())) {
            report(message, new MagicNumbers.Outcome("sent", null));
        }
        report(message, end);
    }

    private void report(SentMessage message, MagicNumbers.Outcome status) {
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", accountSid);
        params.put("ApiVersion", Json.API_VERSION);
        if (message.from() != null) {
            params.put("From", message.from());
        }
        if (message.messagingServiceSid() != null) {
            params.put("MessagingServiceSid", message.messagingServiceSid());
        }
        params.put("MessageSid", message.sid());
        params.put("MessageStatus", status.status());
        params.put("SmsSid", message.sid());
        params.put("SmsStatus", status.status());
        params.put("To", message.to());
        if (status.errorCode() != null) {
            params.put("ErrorCode", String.valueOf(status.errorCode()));
        }
        webhooks.postLater(message.statusCallback(), params, () -> messages.status(message.sid(), status));
    }

    private boolean authenticated(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        return authorization != null
                && MessageDigest.isEqual(expectedAuthorization, authorization.getBytes(StandardCharsets.UTF_8));
    }

    private static byte[] readBody(InputStream in) throws IOException {
        try (in) {
            return in.readAllBytes();
        }
    }

    private static void send(HttpExchange exchange, int status, byte[] json) throws IOException {
        if (json == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        exchange.getResponseHeaders().set("Content-Type", "application/json; charset=utf-8");
        exchange.sendResponseHeaders(status, json.length);
        exchange.getResponseBody().write(json);
    }
}
