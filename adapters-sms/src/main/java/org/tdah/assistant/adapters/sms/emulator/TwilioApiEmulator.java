package org.tdah.assistant.adapters.sms.emulator;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.tdah.assistant.domain.sms.SmsSegments;

/**
 * An in-process stand-in for Twilio's Messages API, phone numbers (AvailablePhoneNumbers, IncomingPhoneNumbers)
 * and Account resource, on 127.0.0.1 only, faithful enough for
 * twilio-java (reach it through {@code TwilioClients.forEmulator}). It checks HTTP Basic
 * credentials against one account, validates and records messages the way Twilio does, refuses
 * Twilio's magic test numbers as Twilio does ({@code +15005550001} invalid, {@code +15005550002}
 * unroutable, {@code +15005550003} no permission for the region, {@code +15005550004}
 * unsubscribed, {@code +15005550009} not a mobile number; as senders {@code +15005550001}
 * invalid, {@code +15005550007} not ours, {@code +15005550008} queue full), and answers
 * scripted failures on request. Errors have Twilio's JSON shape and codes. Like Twilio, it posts
 * signed status callbacks of the messages that ask for them, texts our numbers' SMS URLs
 * ({@link #deliverInboundText}), again when asked ({@link #redeliver}), and keeps the carrier
 * opt-out of each pair of our number and their phone (STOP, then 21610 until START).
 */
public final class TwilioApiEmulator implements AutoCloseable {
    private static final String LOOPBACK = "127.0.0.1";

    static {
        // The JDK's HTTP server leaves Nagle's algorithm on: with the client's delayed ACKs, every
        // answer then waits ~40 ms, and a burst of reminders crawls (docs/performance.md). Read once,
        // when the JDK's server is first used; nothing else in the process uses that server.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor;
    private final SentMessages messages;
    private final EmulatedAccount account;
    private final ScriptedFailures failures = new ScriptedFailures();
    private final MessagesEndpoint endpoint;
    private final OwnedNumbers numbers;
    private final Webhooks webhooks;
    private final String accountSid;
    private final SecureRandom random = new SecureRandom();
    private final URI baseUri;
    private final OptOuts optOuts = new OptOuts();
    private final Map<String, InboundText> inbound = new ConcurrentHashMap<>();

    /** An inbound text as it was first posted, to post it again the same. */
    private record InboundText(URI url, Map<String, String> params, String signature) {}

    private TwilioApiEmulator(String accountSid, String authToken, int port, Clock clock) {
        this.accountSid = accountSid;
        this.messages = new SentMessages(clock);
        this.account = new EmulatedAccount(accountSid, clock.instant());
        this.numbers = new OwnedNumbers(clock);
        this.webhooks = new Webhooks(authToken);
        this.endpoint = new MessagesEndpoint(account, authToken, failures, messages,
                new PhoneNumbersEndpoint(accountSid, numbers), webhooks, optOuts);
        try {
            this.server = HttpServer.create(new InetSocketAddress(LOOPBACK, port), 0);
        } catch (IOException failure) {
            throw new UncheckedIOException("the Twilio API emulator could not listen on " + LOOPBACK + ":" + port, failure);
        }
        this.executor = Executors.newCachedThreadPool(task -> {
            Thread thread = new Thread(task, "twilio-api-emulator");
            thread.setDaemon(true);
            return thread;
        });
        server.createContext("/", endpoint);
        server.setExecutor(executor);
        server.start();
        this.baseUri = URI.create("http://" + LOOPBACK + ":" + server.getAddress().getPort());
    }

    /** Starts an emulator of this account on a free port. */
    public static TwilioApiEmulator start(String accountSid, String authToken) {
        return start(accountSid, authToken, 0);
    }

    /** Starts an emulator of this account on {@code port} (0: any free port). */
    public static TwilioApiEmulator start(String accountSid, String authToken, int port) {
        return start(accountSid, authToken, port, Clock.systemUTC());
    }

    /** Starts an emulator of this account on {@code port}, dating messages with {@code clock}. */
    public static TwilioApiEmulator start(String accountSid, String authToken, int port, Clock clock) {
        return new TwilioApiEmulator(required(accountSid, "accountSid"), required(authToken, "authToken"), port,
                Objects.requireNonNull(clock, "clock"));
    }

    /** Where the emulator listens, e.g. {@code http://127.0.0.1:41234}: give it to the client. */
    public URI baseUri() {
        return baseUri;
    }

    /** The messages accepted since the start or the last {@link #clear()}, oldest first. */
    public List<SentMessage> sent() {
        return messages.all();
    }

    /** The numbers the account owns now (bought and not released), in the order they were bought. */
    public List<OwnedNumber> numbers() {
        return numbers.all();
    }

    /**
     * Makes {@code phoneNumber} one of the account's numbers, texting {@code smsUrl}, as a number
     * bought in the console before the application ran (the platform's shared number); a number
     * owned already keeps its sid and gets the URL. Answers the number's sid.
     */
    public String ownNumber(String phoneNumber, URI smsUrl) {
        return numbers.findByNumber(phoneNumber)
                .flatMap(owned -> numbers.update(owned.sid(), number -> number.withSmsUrl(smsUrl)))
                .orElseGet(() -> numbers.buyUnlisted(phoneNumber, number -> number.withSmsUrl(smsUrl))).sid();
    }

    /**
     * Texts {@code body} from {@code from} to our number {@code to}, as {@link #deliverInboundText};
     * returns the HTTP status the application answered.
     */
    public int deliverInbound(String from, String to, String body) {
        return deliverInboundText(from, to, body).status();
    }

    /**
     * Texts {@code body} from {@code from} to our number {@code to} as Twilio does: a form POST of
     * {@code MessageSid}, {@code AccountSid}, {@code From}, {@code To}, {@code Body},
     * {@code NumMedia}, {@code NumSegments}... to the number's {@code SmsUrl}, signed with
     * {@code X-Twilio-Signature}. A body that is an opt-out keyword (STOP, STOPALL, UNSUBSCRIBE,
     * CANCEL, END, QUIT, REVOKE, OPTOUT; trimmed, any case) makes every later message from {@code to}
     * to {@code from} a Twilio 21610 until {@code from} texts START, UNSTOP or YES to {@code to}; the
     * text is delivered all the same. Returns the {@code MessageSid} and the HTTP status the
     * application answered; throws {@link IllegalArgumentException} when the account owns no number
     * {@code to} with an SMS URL, {@link UncheckedIOException} when the SMS URL cannot be reached.
     * Safe to call from many threads at once.
     */
    public InboundDelivery deliverInboundText(String from, String to, String body) {
        required(from, "from");
        required(body, "body");
        OwnedNumber number = numbers.findByNumber(required(to, "to"))
                .filter(owned -> owned.smsUrl() != null)
                .orElseThrow(() -> new IllegalArgumentException("the account owns no number with an SMS URL that is " + to));
        byte[] sid = new byte[16];
        random.nextBytes(sid);
        String messageSid = "SM" + HexFormat.of().formatHex(sid);
        Map<String, String> params = new LinkedHashMap<>();
        params.put("AccountSid", accountSid);
        params.put("ApiVersion", "2010-04-01");
        params.put("Body", body);
        params.put("From", from);
        params.put("MessageSid", messageSid);
        params.put("NumMedia", "0");
        params.put("NumSegments", String.valueOf(SmsSegments.of(body).count()));
        params.put("SmsMessageSid", messageSid);
        params.put("SmsSid", messageSid);
        params.put("SmsStatus", "received");
        params.put("To", to);
        InboundText text = new InboundText(number.smsUrl(), Collections.unmodifiableMap(params),
                webhooks.signature(number.smsUrl(), params));
        inbound.put(messageSid, text);
        optOuts.received(from, to, body);
        return new InboundDelivery(messageSid, post(text));
    }

    /**
     * Delivers an inbound text again exactly as it was first sent (same URL, {@code MessageSid},
     * parameters and signature), as Twilio does when it retries a webhook; it changes no opt-out.
     * Returns the HTTP status the application answered; throws {@link IllegalArgumentException} for
     * a {@code MessageSid} this emulator never delivered, {@link UncheckedIOException} when the URL
     * cannot be reached.
     */
    public int redeliver(String messageSid) {
        InboundText text = inbound.get(required(messageSid, "messageSid"));
        if (text == null) {
            throw new IllegalArgumentException("the emulator delivered no inbound text " + messageSid);
        }
        return post(text);
    }

    private int post(InboundText text) {
        try {
            return webhooks.post(text.url(), text.params(), text.signature());
        } catch (IOException failure) {
            throw new UncheckedIOException("the SMS URL of " + text.params().get("To") + " could not be reached", failure);
        } catch (InterruptedException interrupted) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while delivering an inbound text", interrupted);
        }
    }

    /** Calls {@code listener} with every message accepted from now on, on the server's thread. */
    public void onMessageSent(Consumer<SentMessage> listener) {
        messages.addListener(Objects.requireNonNull(listener, "listener"));
    }

    /**
     * Answers the next {@code requests} requests, whatever they are, with this HTTP status and
     * Twilio error code. twilio-java sends a request up to 3 times while it gets a 5xx.
     */
    public void failNextRequests(int requests, int httpStatus, int twilioCode) {
        if (requests < 1) {
            throw new IllegalArgumentException("fail at least one request");
        }
        failures.failNext(requests, ApiError.injected(httpStatus, twilioCode));
    }

    /** Answers every request with this HTTP status and Twilio error code until {@link #stopFailing()}. */
    public void failAllRequests(int httpStatus, int twilioCode) {
        failures.failAll(ApiError.injected(httpStatus, twilioCode));
    }

    /**
     * Sets the status the Account resource answers: {@code active} (at the start),
     * {@code suspended} or {@code closed}, as Twilio names them.
     */
    public void accountStatus(String status) {
        if (!Set.of("active", "suspended", "closed").contains(status)) {
            throw new IllegalArgumentException("an account is active, suspended or closed, not " + status);
        }
        account.status(status);
    }

    /** Forgets the scripted failures. */
    public void stopFailing() {
        failures.clear();
    }

    /**
     * Forgets the messages and the scripted failures; the opt-outs and the inbound texts are kept,
     * as they are the phones' doing.
     */
    public void clear() {
        messages.clear();
        failures.clear();
        endpoint.forgetReceived();
    }

    /** The HTTP requests received since the start or the last {@link #clear()}, oldest first, with their request ids. */
    public List<ReceivedRequest> received() {
        return endpoint.received();
    }

    /** How many HTTP requests arrived, answered or failed, since the start. */
    public int requestsReceived() {
        return endpoint.requestsReceived();
    }

    /** Stops listening at once; the port is free again. */
    public void stop() {
        server.stop(0);
        executor.shutdownNow();
        webhooks.close();
    }

    @Override
    public void close() {
        stop();
    }

    private static String required(String value, String name) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(name + " is required");
        }
        return value;
    }
}
