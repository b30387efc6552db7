package org.tdah.assistant.adapters.rest.conversation;

import io.dropwizard.jersey.setup.JerseyEnvironment;
import org.tdah.assistant.application.conversation.ConversationCore;

/** The resources of the conversation context. */
public final class ConversationApi {
    private ConversationApi() {}

    public static void install(JerseyEnvironment jersey, ConversationCore core) {
        jersey.register(new ConversationsResource(core.listConversations(), core.startConversation(),
                core.searchMessages(), core.viewConversation(), core.changeConversation(), core.deleteConversation()));
        jersey.register(new MessagesResource(core.listMessages(), core.postMessage(), core.viewThread()));
    }
}
