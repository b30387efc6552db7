package org.tdah.assistant.testkit.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class ReferenceTotpTest {
    /** The SHA-1 seed of RFC 6238 appendix B, "12345678901234567890". */
    private static final String RFC_SEED = ReferenceTotp.base32("12345678901234567890".getBytes(StandardCharsets.US_ASCII));

    @Test
    void the_test_vectors_of_rfc_6238_give_their_last_six_digits() {
        assertThat(ReferenceTotp.code(RFC_SEED, 59 / 30)).isEqualTo("287082");
        assertThat(ReferenceTotp.code(RFC_SEED, 1111111109L / 30)).isEqualTo("081804");
        assertThat(ReferenceTotp.code(RFC_SEED, 1234567890L / 30)).isEqualTo("005924");
        assertThat(ReferenceTotp.code(RFC_SEED, 2000000000L / 30)).isEqualTo("279037");
    }

    @Test
    void a_new_secret_is_160_bits_of_base32() {
        String secret = new ReferenceTotp().newSecret();

        assertThat(secret).matches("[A-Z2-7]{32}");
        assertThat(ReferenceTotp.decodeBase32(secret)).hasSize(20);
    }
}
