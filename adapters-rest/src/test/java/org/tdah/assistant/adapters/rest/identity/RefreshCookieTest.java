package org.tdah.assistant.adapters.rest.identity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class RefreshCookieTest {
    private static final String TOKEN = "3q2-7_Xk1Zk9AbCdEfGhIjKlMnOpQrStUvWxYz012345";
    private final RefreshCookie cookie = new RefreshCookie(Duration.ofHours(24));

    @Test
    void the_cookie_carries_the_token_with_every_attribute_that_keeps_it_from_scripts_and_other_sites() {
        String header = cookie.carrying(TOKEN);

        assertThat(header).startsWith("__Secure-refresh-token=" + TOKEN + ";");
        assertThat(Arrays.stream(header.split(";")).skip(1).map(String::trim))
                .containsExactlyInAnyOrder("Path=/api/v1/auth", "Max-Age=86400", "Secure", "HttpOnly", "SameSite=Strict");
    }

    @Test
    void clearing_the_cookie_sends_it_empty_with_max_age_zero_on_the_same_path() {
        assertThat(cookie.cleared())
                .isEqualTo("__Secure-refresh-token=; Path=/api/v1/auth; Max-Age=0; Secure; HttpOnly; SameSite=Strict");
    }

    @Test
    void a_value_that_could_break_the_header_is_never_written() {
        assertThatThrownBy(() -> cookie.carrying("abc; Domain=evil.example")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cookie.carrying("a\r\nSet-Cookie: x=y")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> cookie.carrying(null)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new RefreshCookie(Duration.ZERO)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void the_token_is_read_from_among_other_cookies_and_quotes() {
        assertThat(RefreshCookie.in(List.of("theme=dark; __Secure-refresh-token=" + TOKEN + "; lang=fr")))
                .isEqualTo(new RefreshCookie.Presented.One(TOKEN));
        assertThat(RefreshCookie.in(List.of("lang=fr", "__Secure-refresh-token=\"" + TOKEN + "\"")))
                .isEqualTo(new RefreshCookie.Presented.One(TOKEN));
    }

    @Test
    void no_cookie_an_empty_one_and_a_lookalike_name_are_none() {
        assertThat(RefreshCookie.in(null)).isInstanceOf(RefreshCookie.Presented.None.class);
        assertThat(RefreshCookie.in(List.of())).isInstanceOf(RefreshCookie.Presented.None.class);
        assertThat(RefreshCookie.in(List.of("__Secure-refresh-token="))).isInstanceOf(RefreshCookie.Presented.None.class);
        assertThat(RefreshCookie.in(List.of("refresh-token=" + TOKEN + "; __secure-refresh-token=" + TOKEN)))
                .isInstanceOf(RefreshCookie.Presented.None.class);
    }

    @Test
    void two_cookies_of_that_name_are_several_whichever_header_they_came_in() {
        assertThat(RefreshCookie.in(List.of("__Secure-refresh-token=a; __Secure-refresh-token=b")))
                .isInstanceOf(RefreshCookie.Presented.Several.class);
        assertThat(RefreshCookie.in(List.of("__Secure-refresh-token=a", "__Secure-refresh-token=b")))
                .isInstanceOf(RefreshCookie.Presented.Several.class);
    }

    @Test
    void the_token_is_never_printed() {
        assertThat(new RefreshCookie.Presented.One(TOKEN).toString()).doesNotContain(TOKEN);
    }
}
