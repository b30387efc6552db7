package org.tdah.assistant.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class TokenHashTest {
    @Test
    void a_token_hashes_to_its_sha256_in_hex() {
        assertThat(TokenHash.of("abc").hex())
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }

    @Test
    void different_tokens_hash_differently_and_malformed_hashes_are_refused() {
        assertThat(TokenHash.of("token-1")).isNotEqualTo(TokenHash.of("token-2"));
        assertThatThrownBy(() -> new TokenHash("ABC")).isInstanceOf(IllegalArgumentException.class);
    }
}
