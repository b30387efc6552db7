package org.tdah.assistant.testkit.shared;

import org.tdah.assistant.application.shared.port.Correlation;
import org.tdah.assistant.application.shared.port.CorrelationContract;

class InMemoryCorrelationTest extends CorrelationContract {
    @Override
    protected Correlation newCorrelation() {
        return new InMemoryCorrelation();
    }
}
