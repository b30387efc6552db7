package org.tdah.assistant.application.sms.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.shared.PhoneNumber;

/** What every implementation of {@link OptOuts} must do: an opt-out holds for one pair of our number and theirs. */
public abstract class OptOutsContract {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00.123456Z");
    private static final PhoneNumber OURS = new PhoneNumber("+14155550123");
    private static final PhoneNumber OTHER_OF_OURS = new PhoneNumber("+14155550124");
    private static final PhoneNumber LEA = new PhoneNumber("+33612345678");
    private static final PhoneNumber SAM = new PhoneNumber("+447700900123");

    private OptOuts optOuts;

    /** The opt-outs under test, emptied of every earlier test's. */
    protected abstract OptOuts newOptOuts();

    @BeforeEach
    void setUpOptOuts() {
        optOuts = newOptOuts();
    }

    @Test
    void nobody_is_opted_out_at_first() {
        assertThat(optOuts.isOptedOut(OURS, LEA)).isFalse();
    }

    @Test
    void an_opt_out_holds_for_their_number_and_ours_only() {
        optOuts.optOut(OURS, LEA, OptOuts.Source.KEYWORD, AT);

        assertThat(optOuts.isOptedOut(OURS, LEA)).isTrue();
        assertThat(optOuts.isOptedOut(OTHER_OF_OURS, LEA)).isFalse();
        assertThat(optOuts.isOptedOut(OURS, SAM)).isFalse();
        assertThat(optOuts.isOptedOut(LEA, OURS)).isFalse();
    }

    @Test
    void opting_out_again_changes_nothing_and_one_opt_in_ends_it() {
        optOuts.optOut(OURS, LEA, OptOuts.Source.KEYWORD, AT);
        optOuts.optOut(OURS, LEA, OptOuts.Source.PROVIDER, AT.plusSeconds(60));

        assertThat(optOuts.isOptedOut(OURS, LEA)).isTrue();
        assertThat(optOuts.optIn(OURS, LEA, AT.plusSeconds(120))).isTrue();
        assertThat(optOuts.isOptedOut(OURS, LEA)).isFalse();
    }

    @Test
    void opting_in_answers_whether_they_had_been_opted_out() {
        optOuts.optOut(OURS, LEA, OptOuts.Source.PROVIDER, AT);

        assertThat(optOuts.optIn(OURS, SAM, AT.plusSeconds(1))).isFalse();
        assertThat(optOuts.optIn(OTHER_OF_OURS, LEA, AT.plusSeconds(1))).isFalse();
        assertThat(optOuts.optIn(OURS, LEA, AT.plusSeconds(1))).isTrue();
        assertThat(optOuts.optIn(OURS, LEA, AT.plusSeconds(2))).isFalse();
        assertThat(optOuts.isOptedOut(OURS, LEA)).isFalse();
    }

    @Test
    void someone_who_opted_back_in_can_opt_out_again() {
        optOuts.optOut(OURS, LEA, OptOuts.Source.KEYWORD, AT);
        optOuts.optIn(OURS, LEA, AT.plusSeconds(1));

        optOuts.optOut(OURS, LEA, OptOuts.Source.KEYWORD, AT.plusSeconds(2));

        assertThat(optOuts.isOptedOut(OURS, LEA)).isTrue();
        assertThat(optOuts.optIn(OURS, LEA, AT.plusSeconds(3))).isTrue();
    }
}
