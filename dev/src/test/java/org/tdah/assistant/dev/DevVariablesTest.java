package org.tdah.assistant.dev;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class DevVariablesTest {
    private static final String LINE = "publicBaseUrl: ${PUBLIC_BASE_URL:-http://localhost:8080}";

    private static String substituted(Map<String, String> environment) {
        return new DevVariables(Map.of(), environment).replace(LINE);
    }

    @Test
    void the_public_url_follows_the_api_port_when_it_is_not_set() {
        assertThat(substituted(Map.of("APP_PORT", "18080"))).isEqualTo("publicBaseUrl: http://localhost:18080");
    }

    @Test
    void a_public_url_that_is_set_wins_and_without_either_the_default_holds() {
        assertThat(substituted(Map.of("APP_PORT", "18080", "PUBLIC_BASE_URL", "https://tunnel.example")))
                .isEqualTo("publicBaseUrl: https://tunnel.example");
        assertThat(substituted(Map.of())).isEqualTo("publicBaseUrl: http://localhost:8080");
        assertThat(substituted(Map.of("APP_PORT", "0"))).as("a port chosen at start is not known here")
                .isEqualTo("publicBaseUrl: http://localhost:8080");
    }

    @Test
    void the_dev_services_addresses_come_first() {
        assertThat(new DevVariables(Map.of("DATABASE_URL", "jdbc:postgresql://127.0.0.1:5/x"), Map.of("DATABASE_URL", "no"))
                .replace("${DATABASE_URL}")).isEqualTo("jdbc:postgresql://127.0.0.1:5/x");
    }
}
