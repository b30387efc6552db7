package org.tdah.assistant.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsCodePolicyTest {
    private static final AccountId SAM = new AccountId("sam");

    @Test
    void a_typed_code_is_six_digits_once_spaces_and_dashes_are_dropped() {
        assertThat(SmsCodePolicy.normalize(" 123-456 ")).isEqualTo("123456");
        assertThat(SmsCodePolicy.isWellFormed("012345")).isTrue();
        assertThat(SmsCodePolicy.isWellFormed("12345")).isFalse();
        assertThat(SmsCodePolicy.isWellFormed("1234567")).isFalse();
        assertThat(SmsCodePolicy.isWellFormed("12a456")).isFalse();
        assertThat(SmsCodePolicy.normalize(null)).isEmpty();
    }

    @Test
    void the_stored_hash_of_a_code_is_bound_to_its_account_and_purpose() {
        TokenHash hash = SmsCodePolicy.hash(SAM, SmsCodePurpose.MFA_LOGIN, "123456");

        assertThat(hash).isEqualTo(SmsCodePolicy.hash(SAM, SmsCodePurpose.MFA_LOGIN, "123456"));
        assertThat(hash).isNotEqualTo(SmsCodePolicy.hash(new AccountId("alex"), SmsCodePurpose.MFA_LOGIN, "123456"));
        assertThat(hash).isNotEqualTo(SmsCodePolicy.hash(SAM, SmsCodePurpose.VERIFY_PHONE, "123456"));
        assertThat(hash.hex()).doesNotContain("123456");
    }

    @Test
    void the_message_carries_the_code_and_its_lifetime_in_one_segment() {
        String message = SmsCodePolicy.message("123456");

        assertThat(message).startsWith("123456").contains("10 minutes");
        assertThat(message.length()).isLessThanOrEqualTo(160);
    }
}
