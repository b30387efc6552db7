package org.tdah.assistant.application.sms.port;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.application.sms.InboundText;
import org.tdah.assistant.application.sms.RoutingOutcome;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Texts received and waiting to be routed: the router's intake queue. A text is kept once per
 * provider id however often the provider delivers it, claimed by one router at a time, and routed
 * once.
 */
public interface InboundTexts {
    /** How many texts waiting from one sender make a flood: a claim tells floods apart no further. */
    int FLOOD = 10;

    /**
     * Keeps a text just received, waiting to be routed. False, and nothing changes, when a text
     * with its {@code messageSid} was kept before, also when both deliveries arrive at once.
     */
    boolean receive(InboundText text);

    /**
     * Up to {@code limit} texts waiting, at most one per sender, leased to the caller until
     * {@code leaseUntil}: no other caller gets them before then. A sender's text is claimed only
     * when every earlier text of theirs is routed, so each person's texts are routed one at a time
     * and in order. The senders with the fewest texts waiting come first (counted up to
     * {@value #FLOOD}: beyond, all are floods alike), then the oldest texts, so senders who flood
     * the intake (a loop with a machine, an attack) hold up no one else, however many they are.
     * What a claim takes comes back oldest first.
     */
    List<InboundText> claimWaiting(int limit, Instant now, Instant leaseUntil);

    /**
     * The text was routed, in the caller's transaction: it is never claimed again. False when it was
     * routed before (by a router whose lease had run out), and then the caller's transaction must not
     * commit its work.
     */
    boolean routed(String id, RoutingOutcome outcome, Optional<AccountId> person, Instant at);

    /** How the text with this provider id was routed; empty while it waits, or when it is unknown. */
    Optional<RoutingOutcome> outcomeOf(String messageSid);

    /** How many texts wait to be routed now (claimed or not), for the metrics. */
    int waiting();
}
