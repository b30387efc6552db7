package org.tdah.assistant.adapters.rest.shared;

import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.annotation.Annotation;
import java.lang.reflect.AnnotatedElement;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * Finds the resource methods (public methods with a JAX-RS HTTP method annotation, in classes
 * annotated {@code @Path}) compiled under a package, and the ones that do not state who may call
 * them: neither they nor their class carry {@link Public}, {@link Authenticated} or
 * {@link RequiresPermission}, or {@link Public} comes with one of the others.
 */
final class AccessMarkers {

    private static final List<Class<? extends Annotation>> MARKERS =
            List.of(Public.class, Authenticated.class, RequiresPermission.class);

    private AccessMarkers() {}

    record Scan(List<Method> resourceMethods, List<String> violations) {}

    /** Scans the classes of {@code packageName} in the classpath root that holds {@code anchor}. */
    static Scan scan(Class<?> anchor, String packageName) {
        java.nio.file.Path root;
        try {
            root = java.nio.file.Path.of(anchor.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        java.nio.file.Path dir = root.resolve(packageName.replace('.', '/'));
        List<Method> methods = new ArrayList<>();
        List<String> violations = new ArrayList<>();
        try (Stream<java.nio.file.Path> files = java.nio.file.Files.walk(dir)) {
            files.filter(f -> f.toString().endsWith(".class"))
                    .map(f -> root.relativize(f).toString())
                    .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                    .sorted()
                    .map(name -> load(name, anchor.getClassLoader()))
                    .filter(type -> type.isAnnotationPresent(Path.class))
                    .forEach(type -> Arrays.stream(type.getMethods())
                            .filter(AccessMarkers::isResourceMethod)
                            .sorted(Comparator.comparing(Method::toGenericString))
                            .forEach(method -> {
                                methods.add(method);
                                check(type, method).ifPresent(violations::add);
                            }));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new Scan(List.copyOf(methods), List.copyOf(violations));
    }

    private static java.util.Optional<String> check(Class<?> type, Method method) {
        List<String> stated = MARKERS.stream()
                .filter(marker -> carries(method, marker) || carries(type, marker))
                .map(Class::getSimpleName)
                .toList();
        String name = type.getName() + "#" + method.getName();
        if (stated.isEmpty()) {
            return java.util.Optional.of(name + " states no access: mark it @Public, @Authenticated or @RequiresPermission");
        }
        if (stated.contains("Public") && stated.size() > 1) {
            return java.util.Optional.of(name + " is @Public and also " + stated.subList(1, stated.size())
                    + " (on the method or its class): it cannot be both");
        }
        return java.util.Optional.empty();
    }

    private static boolean carries(AnnotatedElement element, Class<? extends Annotation> marker) {
        return element.isAnnotationPresent(marker);
    }

    private static boolean isResourceMethod(Method method) {
        return Modifier.isPublic(method.getModifiers())
                && Arrays.stream(method.getAnnotations())
                        .anyMatch(a -> a.annotationType().isAnnotationPresent(HttpMethod.class));
    }

    private static Class<?> load(String name, ClassLoader loader) {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
