package org.tdah.assistant.adapters.rest.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class OpenApiDocumentTest {
    @Test
    void the_document_of_the_resources_is_written_as_json_and_yaml() throws Exception {
        OpenApiDocument document = OpenApiDocument.of(ResourceClasses.all());
        Files.writeString(Path.of("target/openapi.json"), document.json());
        assertThat(document.openApi().getPaths()).isNotEmpty();
    }
}
