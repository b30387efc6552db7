package org.tdah.assistant.adapters.security.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.testkit.identity.ReferenceTotp;

class AerogearTimeBasedCodesTest {
    private final AerogearTimeBasedCodes codes = new AerogearTimeBasedCodes();

    @Test
    void a_new_secret_is_160_random_bits_in_base32() {
        Set<String> secrets = new HashSet<>();
        for (int i = 0; i < 100; i++) {
            String secret = codes.newSecret();
            assertThat(secret).matches("[A-Z2-7]{32}");
            assertThat(AerogearTimeBasedCodes.secretBytes(secret)).isEqualTo(20);
            secrets.add(secret);
        }
        assertThat(secrets).hasSize(100);
    }

    @Test
    void codes_agree_with_an_independent_rfc_6238_computation_step_by_step() {
        String secret = codes.newSecret();
        for (long step = 58_000_000; step < 58_000_050; step++) {
            assertThat(codes.codeAt(secret, step)).as("step %d", step).isEqualTo(ReferenceTotp.code(secret, step));
        }
    }
}
