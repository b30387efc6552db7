package org.tdah.assistant.adapters.security.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Base64;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SecureRandomSecretsTest {
    private final SecureRandomSecrets secrets = new SecureRandomSecrets();

    @Test
    void a_token_carries_256_random_bits_in_url_safe_base64() {
        String token = secrets.newToken();

        assertThat(token).matches("[A-Za-z0-9_-]{43}");
        assertThat(Base64.getUrlDecoder().decode(token)).hasSize(32);
    }

    @Test
    void tokens_do_not_repeat() {
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            seen.add(secrets.newToken());
        }
        assertThat(seen).hasSize(10_000);
    }

    @Test
    void base32_codes_use_only_the_base32_alphabet() {
        assertThat(secrets.newBase32(12)).matches("[A-Z2-7]{12}");
    }

    @Test
    void digit_codes_use_every_digit_about_as_often() {
        int[] counts = new int[10];
        for (int i = 0; i < 10_000; i++) {
            String code = secrets.newDigits(6);
            assertThat(code).matches("[0-9]{6}");
            code.chars().forEach(digit -> counts[digit - '0']++);
        }
        // 60 000 digits: each expected 6 000 times; 5 000..7 000 is far outside chance for a fair source.
        assertThat(Arrays.stream(counts).boxed()).allSatisfy(count -> assertThat(count).isBetween(5_000, 7_000));
    }
}
