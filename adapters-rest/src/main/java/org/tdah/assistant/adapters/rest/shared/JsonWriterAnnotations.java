package org.tdah.assistant.adapters.rest.shared;

import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.ext.WriterInterceptor;
import jakarta.ws.rs.ext.WriterInterceptorContext;
import java.io.IOException;
import java.lang.annotation.Annotation;
import java.util.Arrays;

/**
 * Hands the JSON writer only the annotations that can change how Jackson writes (its own, such as
 * {@code @JsonView}), not every annotation of the resource method. Jackson's JAX-RS provider keys
 * its cache of writers by the hash of the annotations it is given, recomputed on every response,
 * and the OpenAPI annotations of our methods ({@code @Operation}, {@code @ApiResponse} with nested
 * {@code @Content} and {@code @Schema}) made that hash about 7% of the CPU of a GET /users/me
 * (docs/performance.md, "Cold start"). Other media types keep every annotation.
 */
public final class JsonWriterAnnotations implements WriterInterceptor {
    private static final Annotation[] NONE = new Annotation[0];
    private static final String JACKSON = "com.fasterxml.jackson.";

    @Override
    public void aroundWriteTo(WriterInterceptorContext context) throws IOException {
        Annotation[] annotations = context.getAnnotations();
        if (annotations != null && annotations.length > 0 && isJson(context.getMediaType())) {
            context.setAnnotations(jacksonOnly(annotations));
        }
        context.proceed();
    }

    /** Jackson's own annotations among these; the common case, none, costs no allocation. */
    static Annotation[] jacksonOnly(Annotation[] annotations) {
        int kept = 0;
        for (Annotation annotation : annotations) {
            if (isJacksons(annotation)) {
                kept++;
            }
        }
        if (kept == 0) {
            return NONE;
        }
        return Arrays.stream(annotations).filter(JsonWriterAnnotations::isJacksons).toArray(Annotation[]::new);
    }

    private static boolean isJacksons(Annotation annotation) {
        return annotation.annotationType().getName().startsWith(JACKSON);
    }

    private static boolean isJson(MediaType type) {
        return type != null && (MediaType.APPLICATION_JSON_TYPE.isCompatible(type)
                || type.getSubtype().endsWith("+json"));
    }
}
