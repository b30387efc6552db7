package org.tdah.assistant.bootstrap.dev;

import java.util.Map;
import org.apache.commons.text.StringSubstitutor;

/**
 * Substitutes {@code ${NAME}} and {@code ${NAME:-default}} in {@code dev.yml} from the addresses of
 * the dev services first, then from the environment; an undefined variable without default is an
 * error, as in production.
 */
final class DevVariables extends StringSubstitutor {
    DevVariables(Map<String, String> devValues, Map<String, String> environment) {
        super(name -> devValues.containsKey(name) ? devValues.get(name) : environment.get(name));
        setEnableUndefinedVariableException(true);
    }
}
