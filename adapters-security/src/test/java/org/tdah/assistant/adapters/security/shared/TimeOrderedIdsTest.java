package org.tdah.assistant.adapters.security.shared;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.testkit.shared.MutableClock;

class TimeOrderedIdsTest {

    @Test
    void ids_are_version_7_uuids_carrying_the_creation_millisecond() {
        MutableClock clock = MutableClock.at("2026-11-26T09:00:00.123Z");

        UUID id = UUID.fromString(new TimeOrderedIds(clock).next());

        assertThat(id.version()).isEqualTo(7);
        assertThat(id.variant()).isEqualTo(2);
        assertThat(id.getMostSignificantBits() >>> 16).isEqualTo(clock.millis());
    }

    @Test
    void later_ids_sort_after_earlier_ones() {
        MutableClock clock = MutableClock.at("2026-11-26T09:00:00Z");
        TimeOrderedIds ids = new TimeOrderedIds(clock);

        String earlier = ids.next();
        clock.advance(Duration.ofMillis(1));
        String later = ids.next();

        assertThat(later).isGreaterThan(earlier);
    }

    @Test
    void ids_made_in_the_same_millisecond_do_not_collide() {
        TimeOrderedIds ids = new TimeOrderedIds(Clock.systemUTC());
        Set<String> seen = new HashSet<>();

        for (int i = 0; i < 10_000; i++) {
            seen.add(ids.next());
        }

        assertThat(seen).hasSize(10_000);
    }

    @Test
    void ids_made_in_the_same_millisecond_still_sort_in_the_order_they_were_made() {
        MutableClock clock = MutableClock.at("2026-11-26T09:00:00Z");
        TimeOrderedIds ids = new TimeOrderedIds(clock);

        List<String> made = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            made.add(ids.next());
        }
        clock.advance(Duration.ofMillis(-5));
        made.add(ids.next());

        assertThat(made).isSortedAccordingTo(Comparator.naturalOrder()).doesNotHaveDuplicates();
    }
}
