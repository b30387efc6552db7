package org.tdah.assistant.bench;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import org.tdah.assistant.application.assistant.AssistantContextCore;
import org.tdah.assistant.application.assistant.dialogue.AnswerMessage;
import org.tdah.assistant.domain.assistant.Intent;
import org.tdah.assistant.domain.assistant.MessageUnderstanding;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.DisplayName;
import org.tdah.assistant.domain.identity.EmailAddress;
import org.tdah.assistant.domain.identity.Language;
import org.tdah.assistant.domain.identity.PasswordHash;
import org.tdah.assistant.domain.identity.Timezone;
import org.tdah.assistant.testkit.InMemoryCore;

/**
 * Understanding and replying, in process: {@code core.assistant().answerMessage().answer(person, text)}
 * on the testkit's in-memory adapters, over a mixed English and French corpus, and
 * {@link MessageUnderstanding#understand} alone over the same messages. Each thread has its own core
 * (no shared locks), and a fresh core every {@code --fresh-every} messages (outside the timing) so
 * that the lists stay small: every message sees at most a few dozen tasks and reminders.
 *
 * <pre>java -cp bench/target/bench.jar org.tdah.assistant.bench.AssistantReplyBench
 *     [--threads 1] [--warmup 200000] [--messages 500000] [--fresh-every 390]</pre>
 */
public final class AssistantReplyBench {

    /** One message of the corpus, by whom (English in New York, French in Paris). */
    record Line(boolean french, String text) {}

    /** A day's worth of messages of one English and one French person, captures and their cleanup included. */
    static final List<Line> CORPUS = List.of(
            en("todo call mom"), en("add buy milk"), en("todo: milk, bread, stamps"),
            en("remind me to call the pharmacy at 4pm"), en("remind me to take my meds in 20 min"),
            en("remind me to water the plants every day at 9am"), en("remind me about the thing"), en("4pm"),
            en("list"), en("next"), en("done 1"), en("snooze #2"), en("undo"), en("help"),
            en("I feel a bit overwhelmed today, too many things"), en("done"), en("remind me to stretch tomorrow at 10:30"),
            en("remind me to pay rent every month on the 1st at 9am"), en("done 2"), en("undo"), en("what's next?"),
            fr("ajoute acheter du pain"), fr("à faire : lessive, courses, banque"),
            fr("rappelle-moi d'appeler maman à 18h"), fr("rappelle-moi de prendre mes médicaments dans 20 min"),
            fr("rappelle-moi de sortir les poubelles tous les lundis à 19h"), fr("rappelle-moi du truc"), fr("17h"),
            fr("liste"), fr("suivant"), fr("fait 1"), fr("reporte 2"), fr("annule"), fr("aide"),
            fr("je suis fatigué aujourd'hui, je n'arrive à rien"), fr("c'est fait"),
            fr("rappelle-moi de courir demain à 7h30"), fr("fait 2"), fr("annule"));

    private static Line en(String text) {
        return new Line(false, text);
    }

    private static Line fr(String text) {
        return new Line(true, text);
    }

    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final ZoneId PARIS = ZoneId.of("Europe/Paris");

    /** One thread's world: a core and its two people, replaced every {@code freshEvery} messages. */
    static final class World {
        final InMemoryCore fixture = new InMemoryCore();
        final AssistantContextCore core = fixture.core.assistant();
        final AccountId sam = person("sam", "America/New_York", Language.EN);
        final AccountId camille = person("camille", "Europe/Paris", Language.FR);

        World() {
            fixture.clock.advance(Duration.ofHours(4)); // 08:00 in New York, 14:00 in Paris
        }

        private AccountId person(String name, String zone, Language language) {
            AccountId id = new AccountId("account-" + name);
            fixture.accounts.add(Account.register(id, EmailAddress.parse(name + "@example.org"), DisplayName.parse(name),
                    new PasswordHash("hash"), Instant.parse("2026-11-26T09:00:00Z"))
                    .withProfile(DisplayName.parse(name), new Timezone(zone), language));
            return id;
        }

        Optional<AnswerMessage.Reply> answer(Line line) {
            return core.answerMessage().answer(line.french() ? camille : sam, line.text());
        }
    }

    /** The latencies of one thread's measured phase, and how long it took. */
    record Measured(long[] nanos, long elapsedNanos) {}

    interface Work {
        /** Runs message {@code i}; returns something to keep the JIT from dropping it. */
        int run(int i);

        /** Called before message {@code i}, outside the timing (a fresh world, say). */
        default void prepare(int i) {}
    }

    public static void main(String[] args) throws Exception {
        int threads = intArg(args, "--threads", 1);
        int warmup = intArg(args, "--warmup", 200_000);
        int messages = intArg(args, "--messages", 500_000);
        int freshEvery = intArg(args, "--fresh-every", 10 * CORPUS.size());
        System.out.printf(Locale.ROOT, "# AssistantReplyBench: %s %s, %d thread(s), warm-up %d messages, measured %d"
                        + " messages per thread, a fresh in-memory core every %d messages, corpus of %d messages%n",
                System.getProperty("java.vm.name"), System.getProperty("java.version"), threads, warmup, messages,
                freshEvery, CORPUS.size());

        World sample = new World();
        System.out.println("# sample replies (first pass over the corpus):");
        for (Line line : CORPUS) {
            String reply = sample.answer(line).map(AnswerMessage.Reply::text).orElse("(no reply)");
            System.out.printf("#   %-55s -> %s%n", line.text(), reply.replace("\n", " / "));
        }

        MessageUnderstanding rules = new MessageUnderstanding();
        Instant now = Instant.parse("2026-11-26T13:00:00Z");
        Work understand = i -> {
            Line line = CORPUS.get(i % CORPUS.size());
            Intent intent = rules.understand(line.text(), line.french() ? Language.FR : Language.EN,
                    line.french() ? PARIS : NEW_YORK, now);
            return intent.hashCode();
        };
        report("understand", run(threads, warmup, messages, () -> understand));
        report("answer", run(threads, warmup, messages, () -> {
            World[] world = {new World()};
            return new Work() {
                @Override
                public void prepare(int i) {
                    if (i % freshEvery == 0 && i > 0) {
                        world[0] = new World();
                    }
                }

                @Override
                public int run(int i) {
                    return world[0].answer(CORPUS.get(i % CORPUS.size())).map(r -> r.text().length()).orElse(-1);
                }
            };
        }));
    }

    interface WorkFactory {
        Work create();
    }

    /** Each thread: its own work, a warm-up, then the measured phase; all threads start together. */
    static List<Measured> run(int threads, int warmup, int messages, WorkFactory factory) throws InterruptedException {
        List<Measured> results = new ArrayList<>();
        CountDownLatch warmed = new CountDownLatch(threads);
        List<Thread> workers = new ArrayList<>();
        long[] sink = new long[threads];
        for (int t = 0; t < threads; t++) {
            int me = t;
            Thread worker = new Thread(() -> {
                Work work = factory.create();
                long keep = 0;
                for (int i = 0; i < warmup; i++) {
                    work.prepare(i);
                    keep += work.run(i);
                }
                warmed.countDown();
                try {
                    warmed.await();
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
                long[] nanos = new long[messages];
                long start = System.nanoTime();
                for (int i = 0; i < messages; i++) {
                    work.prepare(warmup + i);
                    long t0 = System.nanoTime();
                    keep += work.run(warmup + i);
                    nanos[i] = System.nanoTime() - t0;
                }
                long elapsed = System.nanoTime() - start;
                sink[me] = keep;
                synchronized (results) {
                    results.add(new Measured(nanos, elapsed));
                }
            }, "bench-" + t);
            workers.add(worker);
            worker.start();
        }
        for (Thread worker : workers) {
            worker.join();
        }
        if (sink.length > 0 && sink[0] == 42) {
            System.out.println("#");
        }
        return results;
    }

    static void report(String what, List<Measured> results) {
        long[] all = results.stream().flatMapToLong(m -> Arrays.stream(m.nanos())).toArray();
        long[] sorted = Stats.sorted(all);
        double perThread = results.stream().mapToDouble(m -> Stats.perSecond(m.nanos().length,
                        Arrays.stream(m.nanos()).sum()))
                .average().orElse(0);
        System.out.printf(Locale.ROOT, "| %-10s | threads %d | %,12d msgs | p50 %.4f ms | p90 %.4f ms | p99 %.4f ms"
                        + " | p99.9 %.4f ms | max %.2f ms | mean %.4f ms | %,.0f msg/s per thread |%n",
                what, results.size(), all.length, Stats.percentileMs(sorted, 50), Stats.percentileMs(sorted, 90),
                Stats.percentileMs(sorted, 99), Stats.percentileMs(sorted, 99.9), Stats.maxMs(sorted),
                Stats.meanMs(all), perThread);
    }

    private static int intArg(String[] args, String name, int otherwise) {
        for (int i = 0; i + 1 < args.length; i++) {
            if (args[i].equals(name)) {
                return Integer.parseInt(args[i + 1]);
            }
        }
        return otherwise;
    }

    private AssistantReplyBench() {}
}
