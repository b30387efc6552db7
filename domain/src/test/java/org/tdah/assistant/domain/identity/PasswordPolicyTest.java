package org.tdah.assistant.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private final EmailAddress email = EmailAddress.parse("sam.smith@example.org");
    private final DisplayName name = DisplayName.parse("Samantha");

    private static final PasswordStrength STRONG = new PasswordStrength(4, "");

    private List<String> rejections(String password, EmailAddress email, DisplayName name) {
        return PasswordPolicy.rejections(password, email, name, () -> STRONG);
    }

    @Test
    void a_password_that_is_easy_to_guess_is_refused_with_the_meters_warning() {
        assertThat(PasswordPolicy.rejections("password1234", email, name, () -> new PasswordStrength(0, "This is a top-10 common password.")))
                .containsExactly("is too easy to guess: This is a top-10 common password.");
        assertThat(PasswordPolicy.rejections("aaaaaaaaaaaaaaaa", email, name, () -> new PasswordStrength(2, "")))
                .containsExactly("is too easy to guess: add a few more uncommon words");
        assertThat(PasswordPolicy.rejections("a fair passphrase", email, name, () -> new PasswordStrength(3, ""))).isEmpty();
    }

    @Test
    void the_strength_is_not_measured_for_a_password_refused_already() {
        assertThat(PasswordPolicy.rejections("short", email, name, () -> {
            throw new AssertionError("measured a password of the wrong length");
        })).containsExactly("must be at least 12 characters long");
    }

    @Test
    void a_long_passphrase_with_spaces_and_no_special_characters_is_accepted() {
        assertThat(rejections("purple elephants dance quietly", email, name)).isEmpty();
    }

    @Test
    void length_counts_characters_not_bytes_or_utf16_units() {
        assertThat(rejections("🔑".repeat(12), email, name)).isEmpty();
        assertThat(rejections("🔑".repeat(11), email, name))
                .containsExactly("must be at least 12 characters long");
        assertThat(rejections("🔑".repeat(128), email, name)).isEmpty();
        assertThat(rejections("🔑".repeat(129), email, name))
                .containsExactly("must be at most 128 characters long");
    }

    @Test
    void a_password_containing_the_email_local_part_or_the_name_is_refused_whatever_the_case() {
        assertThat(rejections("my SAM.SMITH password", email, name))
                .containsExactly("must not contain your email address");
        assertThat(rejections("hello samantha my friend", email, name))
                .containsExactly("must not contain your name");
    }
}
