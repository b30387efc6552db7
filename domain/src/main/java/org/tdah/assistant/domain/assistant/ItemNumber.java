package org.tdah.assistant.domain.assistant;

/**
 * The short number a person types to act on a task or a reminder ("done 3"): positive, and unique
 * among the person's open tasks and active reminders together, so that "done 3" names one thing.
 * The smallest free number is given first, so numbers stay short.
 */
public record ItemNumber(int value) {
    public ItemNumber {
        if (value < 1) {
            throw new IllegalArgumentException("item numbers start at 1");
        }
    }

    @Override
    public String toString() {
        return Integer.toString(value);
    }
}
