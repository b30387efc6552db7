package org.tdah.assistant.application.identity.support;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.tdah.assistant.application.identity.port.BackupCodes;
import org.tdah.assistant.application.identity.port.SecondFactors;
import org.tdah.assistant.application.identity.port.TotpCredentials;
import org.tdah.assistant.application.shared.port.Secrets;
import org.tdah.assistant.domain.identity.Account;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.BackupCode;
import org.tdah.assistant.domain.identity.SecondFactorMethod;
import org.tdah.assistant.domain.identity.SmsCodePurpose;
import org.tdah.assistant.domain.identity.TokenHash;

/**
 * What the second-factor use cases share: which factors an account has, checking a code of each
 * kind, making backup codes, and the {@code otpauth://} URI that authenticator apps scan.
 */
public final class SecondFactorChecks {
    public static final String ISSUER = "TDAH Assistant";

    private final SecondFactors secondFactors;
    private final TotpCredentials totpCredentials;
    private final BackupCodes backupCodes;
    private final Secrets secrets;
    private final TotpVerifier totp;
    private final SmsCodeSender smsCodes;

    public SecondFactorChecks(SecondFactors secondFactors, TotpCredentials totpCredentials, BackupCodes backupCodes, Secrets secrets,
            TotpVerifier totp, SmsCodeSender smsCodes) {
        this.secondFactors = secondFactors;
        this.totpCredentials = totpCredentials;
        this.backupCodes = backupCodes;
        this.secrets = secrets;
        this.totp = totp;
        this.smsCodes = smsCodes;
    }

    /**
     * The second factors the account can log in with, in the order to offer them (an authenticator
     * app before SMS, SMS being the weaker backup); empty when it has none.
     */
    public Set<SecondFactorMethod> methodsOf(AccountId account) {
        return methodsOf(secondFactors.of(account));
    }

    public static Set<SecondFactorMethod> methodsOf(SecondFactors.Status status) {
        Set<SecondFactorMethod> methods = EnumSet.noneOf(SecondFactorMethod.class);
        if (status.totpEnabled()) {
            methods.add(SecondFactorMethod.TOTP);
        }
        if (status.smsEnabled()) {
            methods.add(SecondFactorMethod.SMS);
        }
        if (!methods.isEmpty() && status.backupCodesRemaining() > 0) {
            methods.add(SecondFactorMethod.BACKUP_CODE);
        }
        return methods;
    }

    /** Checks a code of the given kind at login, using it up: a code is never accepted twice. */
    public boolean check(AccountId account, SecondFactorMethod method, String code, Instant now) {
        return check(account, method, code, now, SmsCodePurpose.MFA_LOGIN);
    }

    /** The same, where a texted code must have been sent for {@code smsPurpose}. */
    public boolean check(AccountId account, SecondFactorMethod method, String code, Instant now, SmsCodePurpose smsPurpose) {
        return switch (method) {
            case TOTP -> totpCredentials.of(account)
                    .filter(credential -> credential.confirmed())
                    .map(credential -> totp.matchingStep(credential.secret(), credential.lastUsedStep(), code, now)
                            .stream().anyMatch(step -> totpCredentials.useStep(account, step)))
                    .orElse(false);
            case BACKUP_CODE -> backupCodes.use(account, TokenHash.of(BackupCode.normalize(code)), now);
            case SMS -> methodsOf(account).contains(SecondFactorMethod.SMS)
                    && smsCodes.check(account, smsPurpose, code) instanceof SmsCodeSender.Checked.Accepted;
        };
    }

    public TotpVerifier totp() {
        return totp;
    }

    /** Ten new backup codes, replacing the account's earlier ones; returns them for showing once. */
    public List<String> newBackupCodes(AccountId account, Instant now) {
        List<String> codes = new ArrayList<>();
        List<TokenHash> hashes = new ArrayList<>();
        for (int i = 0; i < BackupCode.COUNT; i++) {
            String code = BackupCode.format(secrets.newBase32(BackupCode.CHARACTERS));
            codes.add(code);
            hashes.add(TokenHash.of(BackupCode.normalize(code)));
        }
        backupCodes.replace(account, hashes, now);
        return codes;
    }

    public static String otpauthUri(Account account, String secret) {
        String label = encode(ISSUER) + ":" + encode(account.email().value());
        return "otpauth://totp/" + label + "?secret=" + secret + "&issuer=" + encode(ISSUER)
                + "&algorithm=SHA1&digits=6&period=30";
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
