package org.tdah.assistant.archfixtures.randomness.domain;

public class CallsMathRandom {
    public double roll() {
        return Math.random();
    }
}
