package org.tdah.assistant.dev;

import java.util.Map;
import org.apache.commons.text.StringSubstitutor;

/**
 * Substitutes {@code ${NAME}} and {@code ${NAME:-default}} in {@code dev.yml} from the addresses of
 * the dev services first, then from the environment; an undefined variable without default is an
 * error, as in production. Unless it is set, {@code PUBLIC_BASE_URL} follows {@code APP_PORT} (a
 * fixed one): the emulator texts the platform number's webhook there, and the links in mails point
 * there.
 */
final class DevVariables extends StringSubstitutor {
    static final String PUBLIC_BASE_URL = "PUBLIC_BASE_URL";

    DevVariables(Map<String, String> devValues, Map<String, String> environment) {
        super(name -> devValues.containsKey(name) ? devValues.get(name) : valueOf(name, environment));
        setEnableUndefinedVariableException(true);
    }

    private static String valueOf(String name, Map<String, String> environment) {
        if (name.equals(PUBLIC_BASE_URL) && !environment.containsKey(PUBLIC_BASE_URL)
                && environment.containsKey("APP_PORT") && !environment.get("APP_PORT").equals("0")) {
            return "http://localhost:" + environment.get("APP_PORT");
        }
        return environment.get(name);
    }
}
