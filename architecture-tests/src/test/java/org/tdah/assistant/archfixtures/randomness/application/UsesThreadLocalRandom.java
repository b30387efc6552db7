package org.tdah.assistant.archfixtures.randomness.application;

public class UsesThreadLocalRandom {
    public int jitter() {
        return java.util.concurrent.ThreadLocalRandom.current().nextInt(100);
    }
}
