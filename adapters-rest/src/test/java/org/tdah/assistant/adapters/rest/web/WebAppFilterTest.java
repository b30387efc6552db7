package org.tdah.assistant.adapters.rest.web;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class WebAppFilterTest {

    @Test
    void a_path_inside_the_app_is_kept_decoded() {
        assertThat(WebAppFilter.safePath("/")).contains("/");
        assertThat(WebAppFilter.safePath("/today")).contains("/today");
        assertThat(WebAppFilter.safePath("/assets/index-Bud_fRf0.css")).contains("/assets/index-Bud_fRf0.css");
        assertThat(WebAppFilter.safePath("/caf%C3%A9")).contains("/café");
    }

    @Test
    void a_path_that_could_leave_the_app_folder_is_refused() {
        for (String path : new String[] {"/../pom.xml", "/assets/../../etc/passwd", "/%2e%2e/secret", "/assets/%2E%2E/x",
                "/a/./b", "/assets/..%2fx", "/assets%2f..%2fx", "/a%5c..%5cb", "/a%00.js", "/a//b", "relative", "",
                "/%zz"}) {
            assertThat(WebAppFilter.safePath(path)).as(path).isEmpty();
        }
    }

    @Test
    void each_kind_of_file_goes_out_with_its_content_type() {
        assertThat(WebAppFilter.contentType("index.html")).isEqualTo("text/html;charset=utf-8");
        assertThat(WebAppFilter.contentType("assets/index-1.js")).isEqualTo("text/javascript;charset=utf-8");
        assertThat(WebAppFilter.contentType("assets/index-1.css")).isEqualTo("text/css;charset=utf-8");
        assertThat(WebAppFilter.contentType("manifest.webmanifest")).isEqualTo("application/manifest+json");
        assertThat(WebAppFilter.contentType("icon.svg")).isEqualTo("image/svg+xml");
        assertThat(WebAppFilter.contentType("assets/inter-1.WOFF2")).isEqualTo("font/woff2");
        assertThat(WebAppFilter.contentType("assets/unknown.bin")).isEqualTo("application/octet-stream");
    }
}
