package org.tdah.assistant.adapters.security.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.identity.PasswordHash;

class BcryptPasswordHasherTest {
    private final BcryptPasswordHasher hasher = new BcryptPasswordHasher(4);

    @Test
    void a_hash_is_salted_bcrypt_2b_at_the_configured_cost_and_matches_only_its_password() {
        PasswordHash first = hasher.hash("correct horse battery staple");
        PasswordHash second = hasher.hash("correct horse battery staple");

        assertThat(first.encoded()).startsWith("$2b$04$").hasSize(60);
        assertThat(first).isNotEqualTo(second);
        assertThat(hasher.matches("correct horse battery staple", first)).isTrue();
        assertThat(hasher.matches("correct horse battery stapl", first)).isFalse();
    }

    @Test
    void passwords_that_share_their_first_72_bytes_are_not_confused() {
        String common = "x".repeat(72);
        PasswordHash hash = hasher.hash(common + "-tail-one");

        assertThat(hasher.matches(common + "-tail-one", hash)).isTrue();
        assertThat(hasher.matches(common + "-tail-two", hash)).isFalse();
        assertThat(hasher.matches(common, hash)).isFalse();
    }

    @Test
    void unicode_passwords_are_hashed_as_utf8() {
        PasswordHash hash = hasher.hash("mot de passe très sûr 🔑");

        assertThat(hasher.matches("mot de passe très sûr 🔑", hash)).isTrue();
        assertThat(hasher.matches("mot de passe tres sur 🔑", hash)).isFalse();
    }

    @Test
    void a_malformed_stored_hash_matches_nothing() {
        assertThat(hasher.matches("anything at all", new PasswordHash("not-a-bcrypt-hash"))).isFalse();
    }

    @Test
    void a_hash_made_at_a_lower_cost_needs_a_rehash_and_one_at_the_current_cost_does_not() {
        PasswordHash cheap = new BcryptPasswordHasher(4).hash("correct horse battery staple");
        BcryptPasswordHasher stronger = new BcryptPasswordHasher(5);

        assertThat(stronger.needsRehash(cheap)).isTrue();
        assertThat(stronger.needsRehash(stronger.hash("correct horse battery staple"))).isFalse();
        assertThat(stronger.needsRehash(new PasswordHash("$2a$05$abc"))).isTrue();
        assertThat(stronger.needsRehash(new PasswordHash("garbage"))).isTrue();
    }

    @Test
    void a_cost_outside_what_bcrypt_allows_is_refused() {
        assertThatThrownBy(() -> new BcryptPasswordHasher(3)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new BcryptPasswordHasher(32)).isInstanceOf(IllegalArgumentException.class);
    }
}
