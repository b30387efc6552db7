package org.tdah.assistant.application.assistant.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.domain.identity.Language;

/**
 * The wording of the replies: both bundles say the same things, the common English replies fit in
 * one SMS segment with a task of 40 characters, and times read as people say them.
 */
class PhrasingTest {
    private static final String TASK = "call the pharmacy about the prescription";
    private static final ZoneId NEW_YORK = ZoneId.of("America/New_York");
    private static final Instant NOW = Instant.parse("2026-12-02T14:00:00Z");
    private final Phrasing phrasing = new Phrasing();

    private static Set<String> keys(String file) throws Exception {
        Properties properties = new Properties();
        try (var in = PhrasingTest.class.getResourceAsStream("/org/tdah/assistant/application/assistant/" + file)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties.stringPropertyNames();
    }

    @Test
    void english_and_french_say_the_same_things() throws Exception {
        assertThat(keys("Replies_fr.properties")).isEqualTo(keys("Replies.properties"));
    }

    @Test
    void the_common_english_replies_fit_in_one_sms_segment() {
        String when = phrasing.when(Language.EN, NOW.plusSeconds(7_200), NEW_YORK, NOW);
        List<String> replies = List.of(
                phrasing.say(Language.EN, "task.captured", 12, TASK),
                phrasing.say(Language.EN, "task.captured.implicit", 12, TASK),
                phrasing.say(Language.EN, "reminder.once", 12, TASK, when),
                phrasing.say(Language.EN, "reminder.recurring", 12, TASK, when),
                phrasing.say(Language.EN, "fired.first", 12, TASK),
                phrasing.say(Language.EN, "fired.nag", 12, TASK),
                phrasing.say(Language.EN, "done.task", TASK),
                phrasing.say(Language.EN, "snooze.done", when),
                phrasing.say(Language.EN, "ask.time"),
                phrasing.say(Language.EN, "help"),
                phrasing.say(Language.EN, "undo.nothing"));
        assertThat(replies).allSatisfy(reply -> assertThat(reply.length()).as(reply).isLessThanOrEqualTo(160))
                .allSatisfy(reply -> assertThat(reply).as(reply).matches("[\\x20-\\x7E]+"));
    }

    @Test
    void a_time_is_said_as_today_tomorrow_a_weekday_or_a_date_in_the_person_s_zone() {
        assertThat(phrasing.when(Language.EN, Instant.parse("2026-12-02T21:00:00Z"), NEW_YORK, NOW))
                .isEqualTo("today 4:00 PM");
        assertThat(phrasing.when(Language.EN, Instant.parse("2026-12-03T14:00:00Z"), NEW_YORK, NOW))
                .isEqualTo("tomorrow 9:00 AM");
        assertThat(phrasing.when(Language.EN, Instant.parse("2026-12-04T20:00:00Z"), NEW_YORK, NOW))
                .isEqualTo("Friday 3:00 PM");
        assertThat(phrasing.when(Language.EN, Instant.parse("2026-12-24T20:00:00Z"), NEW_YORK, NOW))
                .isEqualTo("Dec 24 3:00 PM");
        assertThat(phrasing.when(Language.FR, Instant.parse("2026-12-02T17:00:00Z"), ZoneId.of("Europe/Paris"), NOW))
                .isEqualTo("aujourd'hui 18h00");
        assertThat(phrasing.when(Language.FR, Instant.parse("2026-12-04T14:00:00Z"), ZoneId.of("Europe/Paris"), NOW))
                .isEqualTo("vendredi 15h00");
    }

    @Test
    void an_apostrophe_in_the_french_wording_survives_the_message_format() {
        assertThat(phrasing.say(Language.FR, "list.empty")).isEqualTo("Rien sur ta liste aujourd'hui. Bonne journée !");
    }
}
