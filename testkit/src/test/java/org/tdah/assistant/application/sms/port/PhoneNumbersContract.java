package org.tdah.assistant.application.sms.port;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.tdah.assistant.application.sms.AssignedNumber;
import org.tdah.assistant.application.sms.NumberId;
import org.tdah.assistant.application.sms.NumberMode;
import org.tdah.assistant.application.sms.NumberWebhooks;
import org.tdah.assistant.application.sms.WebhookConfiguration;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * What every implementation of {@link PhoneNumbers} must do: a person has one active number at
 * most and an active dedicated number one owner, even when assignments race; released numbers are
 * kept and free their phone number and their owner for a new one.
 */
public abstract class PhoneNumbersContract {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00.123456Z");
    private static final PhoneNumber SHARED = new PhoneNumber("+14155550100");
    private static final NumberWebhooks WEBHOOKS = NumberWebhooks.of(URI.create("https://sms.example.org/sms"),
            URI.create("https://sms.example.org/sms/fallback"), URI.create("https://sms.example.org/numbers/status"));

    private final OrderedIds ids = new OrderedIds();
    private PhoneNumbers numbers;
    private AccountId owner;
    private AccountId other;
    private int nextPhone;

    /** The numbers under test, emptied of every earlier test's. */
    protected abstract PhoneNumbers newPhoneNumbers();

    /** An account numbers may belong to; adapters whose store checks that accounts exist create one. */
    protected AccountId anAccount() {
        return new AccountId(UUID.randomUUID().toString());
    }

    @BeforeEach
    void setUpNumbers() {
        numbers = newPhoneNumbers();
        owner = anAccount();
        other = anAccount();
    }

    private PhoneNumber aPhone() {
        return new PhoneNumber("+1415555" + String.format("%04d", ++nextPhone));
    }

    private AssignedNumber dedicated(AccountId of, PhoneNumber phone, Instant createdAt) {
        return new AssignedNumber(new NumberId(ids.next()), of, phone, NumberMode.DEDICATED,
                Optional.of("PN" + UUID.randomUUID().toString().replace("-", "")), "US", createdAt, Optional.empty());
    }

    private AssignedNumber shared(AccountId of, Instant createdAt) {
        return new AssignedNumber(new NumberId(ids.next()), of, SHARED, NumberMode.SHARED, Optional.empty(), "US",
                createdAt, Optional.empty());
    }

    private static List<NumberId> idsOf(List<AssignedNumber> list) {
        return list.stream().map(AssignedNumber::id).toList();
    }

    @Test
    void a_kept_number_comes_back_field_for_field_active_or_released() {
        AssignedNumber mine = dedicated(owner, aPhone(), AT);
        AssignedNumber released = new AssignedNumber(new NumberId(ids.next()), other, new PhoneNumber("+33655501234"),
                NumberMode.DEDICATED, Optional.of("PN0123456789abcdef"), "FR", AT.minusSeconds(86_400),
                Optional.of(AT.minusSeconds(3_600).plusNanos(1_000)));
        AssignedNumber theirs = shared(other, AT.plusNanos(5_000));

        assertThat(numbers.add(mine)).isTrue();
        assertThat(numbers.add(released)).isTrue();
        assertThat(numbers.add(theirs)).isTrue();

        assertThat(numbers.withId(mine.id())).contains(mine);
        assertThat(numbers.withId(released.id())).contains(released);
        assertThat(numbers.withId(theirs.id())).contains(theirs);
        assertThat(numbers.withId(new NumberId(ids.next()))).isEmpty();
    }

    @Test
    void a_person_has_one_active_number_at_most_dedicated_or_shared() {
        AssignedNumber first = shared(owner, AT);
        assertThat(numbers.add(first)).isTrue();

        AssignedNumber second = dedicated(owner, aPhone(), AT.plusSeconds(1));
        assertThat(numbers.add(second)).isFalse();

        assertThat(numbers.withId(second.id())).isEmpty();
        assertThat(numbers.activeOf(owner)).contains(first);
        assertThat(numbers.activeDedicated(second.phoneNumber())).isEmpty();
    }

    @Test
    void an_active_dedicated_phone_number_belongs_to_one_person_while_the_shared_one_is_everyone_s() {
        PhoneNumber phone = aPhone();
        AssignedNumber mine = dedicated(owner, phone, AT);
        assertThat(numbers.add(mine)).isTrue();

        assertThat(numbers.add(dedicated(other, phone, AT.plusSeconds(1)))).isFalse();
        assertThat(numbers.activeOf(other)).isEmpty();

        AccountId third = anAccount();
        assertThat(numbers.add(shared(other, AT))).isTrue();
        assertThat(numbers.add(shared(third, AT))).isTrue();
        assertThat(numbers.activeDedicated(phone)).contains(mine);
    }

    @Test
    void of_many_assignments_racing_for_one_person_exactly_one_is_kept() {
        List<Boolean> answers = Race.of(10, i -> numbers.add(dedicated(owner, aPhoneFor(i), AT)));

        assertThat(answers).containsOnlyOnce(true);
        assertThat(numbers.ownedBy(owner)).hasSize(1);
    }

    @Test
    void of_many_people_racing_for_one_dedicated_phone_number_exactly_one_gets_it() {
        PhoneNumber phone = aPhone();
        List<AccountId> people = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            people.add(anAccount());
        }

        List<Boolean> answers = Race.of(10, i -> numbers.add(dedicated(people.get(i), phone, AT)));

        assertThat(answers).containsOnlyOnce(true);
        AccountId winner = people.get(answers.indexOf(true));
        assertThat(numbers.activeDedicated(phone)).hasValueSatisfying(number -> assertThat(number.owner()).isEqualTo(winner));
    }

    private static PhoneNumber aPhoneFor(int index) {
        return new PhoneNumber("+1628555" + String.format("%04d", index));
    }

    @Test
    void a_released_number_frees_its_owner_and_its_phone_number_for_a_new_assignment() {
        PhoneNumber phone = aPhone();
        AssignedNumber mine = dedicated(owner, phone, AT);
        numbers.add(mine);

        assertThat(numbers.release(mine.id(), AT.plusSeconds(60))).isTrue();
        assertThat(numbers.release(mine.id(), AT.plusSeconds(120))).isFalse();
        assertThat(numbers.withId(mine.id())).contains(mine.releasedAt(AT.plusSeconds(60)));
        assertThat(numbers.activeOf(owner)).isEmpty();
        assertThat(numbers.activeDedicated(phone)).isEmpty();

        AssignedNumber theirs = dedicated(other, phone, AT.plusSeconds(180));
        AssignedNumber mineAgain = shared(owner, AT.plusSeconds(240));
        assertThat(numbers.add(theirs)).isTrue();
        assertThat(numbers.add(mineAgain)).isTrue();
        assertThat(numbers.activeDedicated(phone)).contains(theirs);
        assertThat(numbers.activeOf(owner)).contains(mineAgain);
        assertThat(numbers.ownedBy(owner)).containsExactly(mineAgain, mine.releasedAt(AT.plusSeconds(60)));
    }

    @Test
    void releasing_an_unknown_number_answers_false() {
        assertThat(numbers.release(new NumberId(ids.next()), AT)).isFalse();
    }

    @Test
    void the_lookup_by_phone_number_finds_only_the_active_dedicated_number() {
        PhoneNumber phone = aPhone();
        AssignedNumber old = dedicated(owner, phone, AT);
        numbers.add(old);
        numbers.release(old.id(), AT.plusSeconds(1));
        numbers.add(shared(other, AT));

        assertThat(numbers.activeDedicated(phone)).isEmpty();
        assertThat(numbers.activeDedicated(SHARED)).isEmpty();

        AssignedNumber current = dedicated(other, aPhone(), AT.plusSeconds(2));
        AccountId third = anAccount();
        AssignedNumber renewed = dedicated(third, phone, AT.plusSeconds(3));
        numbers.add(current);
        numbers.add(renewed);
        assertThat(numbers.activeDedicated(phone)).contains(renewed);
    }

    @Test
    void every_number_is_listed_newest_first_in_pages() {
        List<AssignedNumber> kept = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            AssignedNumber number = dedicated(anAccount(), aPhone(), AT.plusSeconds(i % 3 == 0 ? 10 : i));
            numbers.add(number);
            kept.add(number);
        }
        numbers.release(kept.get(1).id(), AT.plusSeconds(100));
        // created at +10, +1, +2, +10, +4: newest first is 3 (+10, later id), 0 (+10), 4, 2, 1
        List<NumberId> newestFirst = List.of(kept.get(3).id(), kept.get(0).id(), kept.get(4).id(), kept.get(2).id(),
                kept.get(1).id());

        List<AssignedNumber> first = numbers.all(2, Optional.empty());
        List<AssignedNumber> second = numbers.all(2, Optional.of(first.get(1).id()));
        List<AssignedNumber> third = numbers.all(2, Optional.of(second.get(1).id()));

        assertThat(idsOf(first)).containsExactlyElementsOf(newestFirst.subList(0, 2));
        assertThat(idsOf(second)).containsExactlyElementsOf(newestFirst.subList(2, 4));
        assertThat(idsOf(third)).containsExactlyElementsOf(newestFirst.subList(4, 5));
        assertThat(numbers.all(2, Optional.of(third.get(0).id()))).isEmpty();
        assertThat(numbers.all(10, Optional.empty())).hasSize(5);
    }

    @Test
    void active_dedicated_numbers_are_walked_through_in_id_order_without_the_released_and_shared_ones() {
        List<AssignedNumber> dedicated = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            AssignedNumber number = dedicated(anAccount(), aPhone(), AT.minusSeconds(i));
            numbers.add(number);
            dedicated.add(number);
        }
        numbers.add(shared(anAccount(), AT));
        numbers.release(dedicated.get(2).id(), AT.plusSeconds(1));

        List<AssignedNumber> first = numbers.activeDedicated(2, Optional.empty());
        List<AssignedNumber> second = numbers.activeDedicated(2, Optional.of(first.get(1).id()));

        assertThat(idsOf(first)).containsExactly(dedicated.get(0).id(), dedicated.get(1).id());
        assertThat(idsOf(second)).containsExactly(dedicated.get(3).id(), dedicated.get(4).id());
        assertThat(numbers.activeDedicated(2, Optional.of(dedicated.get(4).id()))).isEmpty();
    }

    @Test
    void the_webhooks_set_on_a_number_are_recorded_checked_and_repairs_counted() {
        AssignedNumber mine = dedicated(owner, aPhone(), AT);
        numbers.add(mine);
        assertThat(numbers.configurationOf(mine.id())).isEmpty();

        numbers.configured(mine.id(), WEBHOOKS, AT.plusSeconds(1));
        assertThat(numbers.configurationOf(mine.id()))
                .contains(new WebhookConfiguration(mine.id(), WEBHOOKS, AT.plusSeconds(1), Optional.empty(), 0));

        numbers.checked(mine.id(), AT.plusSeconds(60), false);
        numbers.checked(mine.id(), AT.plusSeconds(120), true);
        numbers.checked(mine.id(), AT.plusSeconds(180), true);
        assertThat(numbers.configurationOf(mine.id()))
                .contains(new WebhookConfiguration(mine.id(), WEBHOOKS, AT.plusSeconds(1), Optional.of(AT.plusSeconds(180)), 2));
    }

    @Test
    void webhooks_set_again_replace_the_earlier_ones_unchecked_and_keep_the_count_of_repairs() {
        AssignedNumber mine = dedicated(owner, aPhone(), AT);
        numbers.add(mine);
        numbers.configured(mine.id(), WEBHOOKS, AT);
        numbers.checked(mine.id(), AT.plusSeconds(60), true);

        NumberWebhooks moved = new NumberWebhooks(URI.create("https://new.example.org/sms"), null, null);
        numbers.configured(mine.id(), moved, AT.plusSeconds(120));

        assertThat(numbers.configurationOf(mine.id()))
                .contains(new WebhookConfiguration(mine.id(), moved, AT.plusSeconds(120), Optional.empty(), 1));
    }

    @Test
    void webhooks_of_an_unknown_number_are_not_recorded() {
        NumberId unknown = new NumberId(ids.next());

        numbers.configured(unknown, WEBHOOKS, AT);
        numbers.checked(unknown, AT, true);

        assertThat(numbers.configurationOf(unknown)).isEmpty();
    }
}
