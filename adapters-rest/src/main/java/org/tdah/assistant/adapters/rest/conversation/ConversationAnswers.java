package org.tdah.assistant.adapters.rest.conversation;

import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import org.tdah.assistant.adapters.rest.conversation.ConversationRepresentations.ConversationJson;
import org.tdah.assistant.adapters.rest.conversation.ConversationRepresentations.MessageJson;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.adapters.rest.shared.PageJson;
import org.tdah.assistant.adapters.rest.shared.Problems;
import org.tdah.assistant.application.conversation.conversations.ChangeConversation;
import org.tdah.assistant.application.conversation.conversations.DeleteConversation;
import org.tdah.assistant.application.conversation.conversations.ViewConversation;
import org.tdah.assistant.application.conversation.messages.ListMessages;
import org.tdah.assistant.application.conversation.messages.PostMessage;
import org.tdah.assistant.application.conversation.messages.ViewThread;
import org.tdah.assistant.domain.conversation.MessageId;

/**
 * The HTTP answer to every result of the conversation use cases, each a {@code Mapping} of its
 * result. Someone else's conversation or message is answered exactly as one that does not exist.
 */
final class ConversationAnswers {
    private static final String NO_CONVERSATION = "You have no conversation with this id.";
    private static final String NO_MESSAGE = "This conversation has no message with this id.";

    private ConversationAnswers() {}

    static Response created(ConversationJson conversation) {
        return Response.created(URI.create("/api/v1/conversations/" + conversation.id())).entity(conversation).build();
    }

    private static Response noConversation() {
        return Problems.response(GeneralProblem.NOT_FOUND, NO_CONVERSATION);
    }

    static Response of(ViewConversation.Result result) {
        return result.map(new ViewConversation.Result.Mapping<>() {
            @Override
            public Response on(ViewConversation.Result.Found found) {
                return Response.ok(ConversationJson.of(found.conversation())).build();
            }

            @Override
            public Response on(ViewConversation.Result.NotFound notFound) {
                return noConversation();
            }
        });
    }

    static Response of(ChangeConversation.Result result) {
        return result.map(new ChangeConversation.Result.Mapping<>() {
            @Override
            public Response on(ChangeConversation.Result.Changed changed) {
                return Response.ok(ConversationJson.of(changed.conversation())).build();
            }

            @Override
            public Response on(ChangeConversation.Result.NotFound notFound) {
                return noConversation();
            }
        });
    }

    static Response of(DeleteConversation.Result result) {
        return result.map(new DeleteConversation.Result.Mapping<>() {
            @Override
            public Response on(DeleteConversation.Result.Deleted deleted) {
                return Response.noContent().build();
            }

            @Override
            public Response on(DeleteConversation.Result.NotFound notFound) {
                return noConversation();
            }
        });
    }

    static Response of(PostMessage.Result result) {
        return result.map(new PostMessage.Result.Mapping<>() {
            @Override
            public Response on(PostMessage.Result.Posted posted) {
                MessageJson message = MessageJson.of(posted.message());
                return Response.created(URI.create("/api/v1/conversations/" + message.conversationId()
                        + "/messages/" + message.id() + "/thread")).entity(message).build();
            }

            @Override
            public Response on(PostMessage.Result.NoSuchConversation noSuchConversation) {
                return noConversation();
            }

            @Override
            public Response on(PostMessage.Result.NoSuchReplyTarget noSuchReplyTarget) {
                return Problems.fieldRejected("replyTo", List.of("is the id of a message of this conversation"));
            }
        });
    }

    static Response of(ListMessages.Result result) {
        return result.map(new ListMessages.Result.Mapping<>() {
            @Override
            public Response on(ListMessages.Result.Listed listed) {
                return Response.ok(PageJson.of(listed.page(), MessageJson::of, ConversationAnswers::cursor)).build();
            }

            @Override
            public Response on(ListMessages.Result.NoSuchConversation noSuchConversation) {
                return noConversation();
            }
        });
    }

    static Response of(ViewThread.Result result) {
        return result.map(new ViewThread.Result.Mapping<>() {
            @Override
            public Response on(ViewThread.Result.Listed listed) {
                return Response.ok(PageJson.of(listed.page(), MessageJson::of, ConversationAnswers::cursor)).build();
            }

            @Override
            public Response on(ViewThread.Result.NoSuchConversation noSuchConversation) {
                return noConversation();
            }

            @Override
            public Response on(ViewThread.Result.NoSuchMessage noSuchMessage) {
                return Problems.response(GeneralProblem.NOT_FOUND, NO_MESSAGE);
            }
        });
    }

    private static String cursor(MessageId id) {
        return Cursors.of(id.value());
    }
}
