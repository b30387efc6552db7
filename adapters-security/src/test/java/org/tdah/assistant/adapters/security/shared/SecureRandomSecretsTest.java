package org.tdah.assistant.adapters.security.shared;

import static org.assertj.core.api.Assertions.assertThat;

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
}
