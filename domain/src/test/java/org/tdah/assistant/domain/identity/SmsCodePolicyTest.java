package org.tdah.assistant.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SmsCodePolicyTest {
    private static final AccountId SAM = new AccountId("sam");

    @Test
    void the_stored_hash_of_a_code_is_bound_to_its_account_and_purpose() {
        TokenHash hash = SmsCodePolicy.hash(SAM, SmsCodePurpose.MFA_LOGIN, "123456");

        assertThat(hash).isEqualTo(SmsCodePolicy.hash(SAM, SmsCodePurpose.MFA_LOGIN, "123456"));
        assertThat(hash).isNotEqualTo(SmsCodePolicy.hash(new AccountId("alex"), SmsCodePurpose.MFA_LOGIN, "123456"));
        assertThat(hash).isNotEqualTo(SmsCodePolicy.hash(SAM, SmsCodePurpose.VERIFY_PHONE, "123456"));
        assertThat(hash.hex()).doesNotContain("123456");
    }
}
