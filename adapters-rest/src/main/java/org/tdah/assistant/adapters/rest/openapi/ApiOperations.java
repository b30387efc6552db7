package org.tdah.assistant.adapters.rest.openapi;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.lang.annotation.Annotation;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.tdah.assistant.adapters.rest.shared.Authenticated;
import org.tdah.assistant.adapters.rest.shared.Public;
import org.tdah.assistant.adapters.rest.shared.RequiresPermission;

/**
 * The operations that JAX-RS resource classes declare, read by reflection the way Jersey reads them:
 * the HTTP method, the path template (class {@code @Path} + method {@code @Path}, regular expressions
 * of path parameters dropped, as OpenAPI writes them) and who may call it. The document is completed
 * from this list, and the contract tests compare the document with it.
 */
public final class ApiOperations {
    private ApiOperations() {}

    /** Who may call an operation, as its {@link Public}, {@link Authenticated} or {@link RequiresPermission} says. */
    public enum Access { PUBLIC, AUTHENTICATED, PERMISSION }

    /** One resource method: {@code GET /api/v1/tasks/{id}} and the Java method that answers it. */
    public record Operation(String httpMethod, String path, Method method, Access access) {
        public String key() {
            return httpMethod + " " + path;
        }
    }

    public static List<Operation> of(Collection<Class<?>> resourceClasses) {
        List<Operation> operations = new ArrayList<>();
        for (Class<?> resource : resourceClasses) {
            Path classPath = resource.getAnnotation(Path.class);
            if (classPath == null) {
                continue;
            }
            for (Method method : resource.getMethods()) {
                httpMethodOf(method).ifPresent(httpMethod -> {
                    Path methodPath = method.getAnnotation(Path.class);
                    String path = join(classPath.value(), methodPath == null ? "" : methodPath.value());
                    operations.add(new Operation(httpMethod, path, method, accessOf(resource, method)));
                });
            }
        }
        operations.sort(Comparator.comparing(Operation::path).thenComparing(Operation::httpMethod));
        return operations;
    }

    private static Optional<String> httpMethodOf(Method method) {
        return Arrays.stream(method.getAnnotations())
                .map(Annotation::annotationType)
                .map(type -> type.getAnnotation(HttpMethod.class))
                .filter(java.util.Objects::nonNull)
                .map(HttpMethod::value)
                .findFirst();
    }

    private static Access accessOf(Class<?> resource, Method method) {
        if (method.isAnnotationPresent(RequiresPermission.class) || resource.isAnnotationPresent(RequiresPermission.class)) {
            return Access.PERMISSION;
        }
        if (method.isAnnotationPresent(Authenticated.class)
                || (resource.isAnnotationPresent(Authenticated.class) && !method.isAnnotationPresent(Public.class))) {
            return Access.AUTHENTICATED;
        }
        return Access.PUBLIC;
    }

    static String join(String classPath, String methodPath) {
        String joined = ("/" + classPath + "/" + methodPath).replaceAll("/+", "/");
        if (joined.length() > 1 && joined.endsWith("/")) {
            joined = joined.substring(0, joined.length() - 1);
        }
        return joined.replaceAll("\\{\\s*(\\w[\\w.-]*)\\s*:[^}]*}", "{$1}");
    }
}
