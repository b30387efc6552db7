package org.tdah.assistant.adapters.rest.openapi;

import io.dropwizard.core.setup.Environment;
import io.dropwizard.servlets.assets.AssetServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * Swagger UI at {@code /api/docs/}, every asset served by the application from the
 * {@code org.webjars:swagger-ui} jar, nothing fetched from outside. The webjar's own
 * {@code swagger-initializer.js} loads an outside sample document; ours (a script file, no inline
 * script) loads {@code /api/v1/openapi.json} and turns the outside validator badge off. The
 * servlets are matched by longest prefix, so they win over Jersey's {@code /*}.
 */
public final class SwaggerUi {
    public static final String PATH = "/api/docs";
    private static final String WEBJAR = "/META-INF/maven/org.webjars/swagger-ui/pom.properties";

    private SwaggerUi() {}

    public static void install(Environment environment) {
        environment.servlets()
                .addServlet("swagger-ui", new AssetServlet("/META-INF/resources/webjars/swagger-ui/" + webjarVersion(),
                        PATH, "index.html", StandardCharsets.UTF_8))
                .addMapping(PATH + "/*");
        environment.servlets()
                .addServlet("swagger-ui-folder", new ToTheFolder())
                .addMapping(PATH);
        environment.servlets()
                .addServlet("swagger-ui-initializer", new AssetServlet("/openapi/swagger-ui", PATH, null,
                        StandardCharsets.UTF_8))
                .addMapping(PATH + "/swagger-initializer.js");
    }

    /** {@code /api/docs} goes to {@code /api/docs/}, where the page's relative asset links resolve. */
    static final class ToTheFolder extends HttpServlet {
        private static final long serialVersionUID = 1L;

        @Override
        protected void doGet(HttpServletRequest request, HttpServletResponse response) throws IOException {
            response.setStatus(HttpServletResponse.SC_MOVED_PERMANENTLY);
            response.setHeader("Location", PATH + "/");
        }
    }

    /** The version of the Swagger UI jar on the class path, which names the folder of its assets. */
    static String webjarVersion() {
        try (InputStream in = SwaggerUi.class.getResourceAsStream(WEBJAR)) {
            if (in == null) {
                throw new IllegalStateException("org.webjars:swagger-ui is not on the class path");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
