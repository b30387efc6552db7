package org.tdah.assistant.adapters.rest.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.slf4j.MDC;
import org.tdah.assistant.application.shared.port.Correlation;
import org.tdah.assistant.application.shared.port.CorrelationContract;

class MdcCorrelationTest extends CorrelationContract {
    @Override
    protected Correlation newCorrelation() {
        return new MdcCorrelation();
    }

    @Test
    void the_id_is_the_one_log_lines_carry_and_a_malformed_stored_one_is_not_logged_as_it_is() {
        Correlation correlation = new MdcCorrelation();

        assertThat(correlation.continuing(Optional.of("req-42"), () -> MDC.get("requestId"))).isEqualTo("req-42");
        String replaced = correlation.continuing(Optional.of("bad id\nforged line"), () -> MDC.get("requestId"));

        assertThat(replaced).matches("[0-9a-f-]{36}");
        assertThat(MDC.get("requestId")).isNull();
    }
}
