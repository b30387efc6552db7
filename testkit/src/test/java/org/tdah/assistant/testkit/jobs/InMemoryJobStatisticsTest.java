package org.tdah.assistant.testkit.jobs;

import org.tdah.assistant.application.jobs.port.JobStatisticsContract;
import org.tdah.assistant.testkit.assistant.InMemoryReminderDeliveries;
import org.tdah.assistant.testkit.assistant.InMemoryReminders;
import org.tdah.assistant.testkit.shared.InMemoryEmailOutbox;

class InMemoryJobStatisticsTest extends JobStatisticsContract {
    @Override
    protected Fixture newFixture() {
        InMemoryEmailOutbox outbox = new InMemoryEmailOutbox();
        return new Fixture(outbox, new InMemoryJobStatistics(outbox, new InMemoryReminders(), new InMemoryReminderDeliveries()));
    }
}
