package org.tdah.assistant.application.shared.port;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** What every implementation of {@link Correlation} must do. */
public abstract class CorrelationContract {

    protected abstract Correlation newCorrelation();

    private final Correlation correlation = newCorrelation();

    @Test
    void work_continued_with_a_request_id_carries_it_and_the_thread_is_clear_afterwards() {
        assertThat(correlation.current()).isEmpty();

        Optional<String> during = correlation.continuing(Optional.of("req-1"), correlation::current);

        assertThat(during).contains("req-1");
        assertThat(correlation.current()).isEmpty();
    }

    @Test
    void nested_work_gets_its_own_id_and_gives_the_outer_one_back_even_when_it_fails() {
        correlation.continuing(Optional.of("outer"), () -> {
            assertThatThrownBy(() -> correlation.continuing(Optional.of("inner"), () -> {
                assertThat(correlation.current()).contains("inner");
                throw new IllegalStateException("broken");
            })).hasMessage("broken");
            assertThat(correlation.current()).contains("outer");
            return null;
        });
        assertThat(correlation.current()).isEmpty();
    }

    @Test
    void work_continued_without_an_id_gets_a_new_one_each_time() {
        Optional<String> first = correlation.continuing(Optional.empty(), correlation::current);
        Optional<String> second = correlation.continuing(Optional.empty(), correlation::current);

        assertThat(first).isPresent();
        assertThat(second).isPresent().isNotEqualTo(first);
    }

    @Test
    void the_id_belongs_to_its_thread() throws Exception {
        Optional<String> elsewhere = correlation.continuing(Optional.of("req-mine"),
                () -> CompletableFuture.supplyAsync(correlation::current).join());

        assertThat(elsewhere).isEmpty();
    }
}
