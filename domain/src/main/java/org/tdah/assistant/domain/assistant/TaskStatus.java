package org.tdah.assistant.domain.assistant;

/** Where a task stands; its wire name is what clients see. */
public enum TaskStatus {
    OPEN("open"),
    DONE("done");

    private final String wireName;

    TaskStatus(String wireName) {
        this.wireName = wireName;
    }

    public String wireName() {
        return wireName;
    }
}
