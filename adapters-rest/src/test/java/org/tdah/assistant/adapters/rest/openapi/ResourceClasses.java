package org.tdah.assistant.adapters.rest.openapi;

import jakarta.ws.rs.Path;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.List;
import java.util.stream.Stream;
import org.tdah.assistant.adapters.rest.RestApi;

/** Every JAX-RS resource class of the REST adapter, found on disk next to {@link RestApi}'s class. */
final class ResourceClasses {
    private ResourceClasses() {}

    static List<Class<?>> all() {
        try {
            var root = Paths.get(RestApi.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            try (Stream<java.nio.file.Path> files = Files.walk(root)) {
                return files.map(root::relativize).map(Object::toString)
                        .filter(name -> name.endsWith(".class") && !name.contains("$"))
                        .map(name -> name.substring(0, name.length() - ".class".length()).replace('/', '.'))
                        .map(ResourceClasses::load)
                        .filter(type -> type.isAnnotationPresent(Path.class))
                        .sorted(java.util.Comparator.comparing(Class::getName))
                        .toList();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, ResourceClasses.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }
}
