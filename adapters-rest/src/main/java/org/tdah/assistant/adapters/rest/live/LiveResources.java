package org.tdah.assistant.adapters.rest.live;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.dropwizard.jackson.Jackson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.tdah.assistant.application.live.port.LiveEventStream;
import org.tdah.assistant.application.shared.DependencyUnavailableException;
import org.tdah.assistant.domain.identity.AccountId;

/**
 * Appends a resource, rendered as its endpoints render it, to its owner's live stream. When the
 * stream cannot be reached the event is logged and dropped: the change itself is committed, and an
 * app that reconnects reads the resources again (docs/decisions/0017).
 */
public final class LiveResources {
    private static final Logger LOG = LoggerFactory.getLogger(LiveResources.class);
    private static final ObjectMapper JSON = Jackson.newObjectMapper();

    private final LiveEventStream stream;

    public LiveResources(LiveEventStream stream) {
        this.stream = stream;
    }

    public void append(AccountId owner, String type, Object resource) {
        try {
            stream.append(owner, type, JSON.writeValueAsString(resource));
        } catch (DependencyUnavailableException unavailable) {
            LOG.warn("a live {} event was not delivered: {} is unavailable", type, unavailable.dependency());
        } catch (JsonProcessingException impossible) {
            throw new IllegalStateException("a resource did not render as JSON", impossible);
        }
    }
}
