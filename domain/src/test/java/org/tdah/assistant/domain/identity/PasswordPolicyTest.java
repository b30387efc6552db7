package org.tdah.assistant.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PasswordPolicyTest {
    private final EmailAddress email = EmailAddress.parse("sam.smith@example.org");
    private final DisplayName name = DisplayName.parse("Samantha");

    @Test
    void a_long_passphrase_with_spaces_and_no_special_characters_is_accepted() {
        assertThat(PasswordPolicy.rejections("purple elephants dance quietly", email, name)).isEmpty();
    }

    @Test
    void length_counts_characters_not_bytes_or_utf16_units() {
        assertThat(PasswordPolicy.rejections("🔑".repeat(12), email, name)).isEmpty();
        assertThat(PasswordPolicy.rejections("🔑".repeat(11), email, name))
                .containsExactly("must be at least 12 characters long");
        assertThat(PasswordPolicy.rejections("🔑".repeat(128), email, name)).isEmpty();
        assertThat(PasswordPolicy.rejections("🔑".repeat(129), email, name))
                .containsExactly("must be at most 128 characters long");
    }

    @Test
    void a_password_containing_the_email_local_part_or_the_name_is_refused_whatever_the_case() {
        assertThat(PasswordPolicy.rejections("my SAM.SMITH password", email, name))
                .containsExactly("must not contain your email address");
        assertThat(PasswordPolicy.rejections("hello samantha my friend", email, name))
                .containsExactly("must not contain your name");
    }
}
