package org.tdah.assistant.adapters.rest.openapi;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.converter.AnnotatedType;
import io.swagger.v3.core.converter.ModelConverter;
import io.swagger.v3.core.converter.ModelConverterContext;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.media.Schema;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Makes the schema of a record say what Jackson writes of it: every component, always (so each is
 * {@code required}, null where the record has {@code @Schema(nullable = true)}), except the
 * (non-primitive) components that {@code @JsonInclude(NON_NULL)} (on the record or the component) leaves out when
 * null, and nothing else ({@code additionalProperties: false}). So a response that names the wrong
 * representation, or a representation that gains a field the document does not know, fails the
 * response checks of the tests.
 */
final class RecordsAsWritten implements ModelConverter {
    private static final Set<JsonInclude.Include> OMITTED_WHEN_EMPTY = Set.of(JsonInclude.Include.NON_NULL,
            JsonInclude.Include.NON_ABSENT, JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_DEFAULT);

    private final Map<String, List<String>> declaredRequired = new ConcurrentHashMap<>();

    /**
     * A record read from a request is what a client writes, not what Jackson writes: its schema gets
     * back the {@code required} fields its own annotations declare, and may carry other fields.
     */
    void asRead(Schema<?> schema, String name) {
        if (declaredRequired.containsKey(name)) {
            List<String> declared = declaredRequired.get(name);
            schema.setRequired(declared.isEmpty() ? null : declared);
            schema.setAdditionalProperties(null);
        }
    }

    @Override
    public Schema<?> resolve(AnnotatedType type, ModelConverterContext context, Iterator<ModelConverter> chain) {
        if (!chain.hasNext()) {
            return null;
        }
        Schema<?> resolved = chain.next().resolve(type, context, chain);
        JavaType javaType = Json.mapper().constructType(type.getType());
        Class<?> raw = javaType.getRawClass();
        Schema<?> schema = resolved == null || resolved.get$ref() == null ? resolved
                : context.getDefinedModels().get(resolved.get$ref().substring(resolved.get$ref().lastIndexOf('/') + 1));
        if (schema == null || !raw.isRecord() || schema.getProperties() == null) {
            return resolved;
        }
        if (schema.getName() != null) {
            declaredRequired.putIfAbsent(schema.getName(),
                    schema.getRequired() == null ? List.of() : List.copyOf(schema.getRequired()));
        }
        boolean recordOmitsNulls = omits(raw.getAnnotation(JsonInclude.class));
        List<String> required = new ArrayList<>();
        for (RecordComponent component : raw.getRecordComponents()) {
            JsonProperty renamed = component.getAccessor().getAnnotation(JsonProperty.class);
            String name = renamed != null && !renamed.value().isEmpty() ? renamed.value() : component.getName();
            JsonInclude own = component.getAccessor().getAnnotation(JsonInclude.class);
            if (own == null) {
                own = fieldAnnotation(raw, component.getName());
            }
            boolean omitted = !component.getType().isPrimitive() && (own != null ? omits(own) : recordOmitsNulls);
            if (!omitted && schema.getProperties().containsKey(name)) {
                required.add(name);
            }
        }
        schema.setRequired(required.isEmpty() ? null : required);
        schema.setAdditionalProperties(Boolean.FALSE);
        return resolved;
    }

    private static JsonInclude fieldAnnotation(Class<?> record, String name) {
        try {
            return record.getDeclaredField(name).getAnnotation(JsonInclude.class);
        } catch (NoSuchFieldException e) {
            return null;
        }
    }

    private static boolean omits(JsonInclude include) {
        return include != null && OMITTED_WHEN_EMPTY.contains(include.value());
    }
}
