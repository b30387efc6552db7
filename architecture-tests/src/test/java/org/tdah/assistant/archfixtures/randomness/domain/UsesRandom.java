package org.tdah.assistant.archfixtures.randomness.domain;

public class UsesRandom {
    public int roll() {
        return new java.util.Random().nextInt(6);
    }
}
