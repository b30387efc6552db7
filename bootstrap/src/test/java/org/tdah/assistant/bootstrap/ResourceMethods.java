package org.tdah.assistant.bootstrap;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarFile;
import java.util.stream.Stream;
import org.tdah.assistant.adapters.rest.RestApi;
import org.tdah.assistant.adapters.rest.openapi.ApiOperations;

/**
 * Every JAX-RS resource method of the REST adapter, found by reflection over the classes of its jar
 * (or its classes folder): each class with {@code @Path}, each method with an HTTP method annotation.
 */
final class ResourceMethods {
    private ResourceMethods() {}

    static List<ApiOperations.Operation> all() {
        return ApiOperations.of(resourceClasses());
    }

    static List<Class<?>> resourceClasses() {
        List<String> names = new ArrayList<>();
        try {
            var location = java.nio.file.Path.of(RestApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (Files.isDirectory(location)) {
                try (Stream<java.nio.file.Path> files = Files.walk(location)) {
                    files.map(location::relativize).map(Object::toString).forEach(names::add);
                }
            } else {
                try (JarFile jar = new JarFile(location.toFile())) {
                    jar.stream().map(entry -> entry.getName()).forEach(names::add);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return names.stream()
                .filter(name -> name.endsWith(".class") && !name.contains("$"))
                .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.').replace('\\', '.'))
                .map(ResourceMethods::load)
                .filter(type -> type.isAnnotationPresent(Path.class))
                .sorted(Comparator.comparing(Class::getName))
                .toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResourceMethods.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
