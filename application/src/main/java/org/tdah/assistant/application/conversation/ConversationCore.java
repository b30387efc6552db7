package org.tdah.assistant.application.conversation;

import java.time.Clock;
import java.util.Objects;
import org.tdah.assistant.application.conversation.conversations.ChangeConversation;
import org.tdah.assistant.application.conversation.conversations.DeleteConversation;
import org.tdah.assistant.application.conversation.conversations.ListConversations;
import org.tdah.assistant.application.conversation.conversations.OpenSmsConversation;
import org.tdah.assistant.application.conversation.conversations.StartConversation;
import org.tdah.assistant.application.conversation.conversations.ViewConversation;
import org.tdah.assistant.application.conversation.messages.ListMessages;
import org.tdah.assistant.application.conversation.messages.PostMessage;
import org.tdah.assistant.application.conversation.messages.ViewThread;
import org.tdah.assistant.application.conversation.port.AccountScope;
import org.tdah.assistant.application.conversation.port.ConversationEvents;
import org.tdah.assistant.application.conversation.port.Conversations;
import org.tdah.assistant.application.conversation.port.Messages;
import org.tdah.assistant.application.conversation.search.SearchMessages;
import org.tdah.assistant.application.conversation.support.OwnConversations;
import org.tdah.assistant.application.identity.port.Accounts;
import org.tdah.assistant.application.shared.port.Ids;
import org.tdah.assistant.application.shared.port.Transactions;

/**
 * The composition root of the conversation context (conversations, messages, threads, search).
 * Every use case checks first that the conversation is the caller's own; the identity
 * {@code Accounts} port (the same instance identity uses) tells the language a message is searched in.
 * What changed is told to the person's open apps through {@link ConversationEvents}, after it is committed.
 */
public final class ConversationCore {

    /**
     * Every out-port the conversation context needs, and the clock it reads time from; the scope runs
     * each use case on behalf of its caller.
     */
    public record OutPorts(Conversations conversations, Messages messages, AccountScope scope, Accounts accounts,
            ConversationEvents events, Transactions transactions, Ids ids, Clock clock) {
        public OutPorts {
            Objects.requireNonNull(events, "events");
            Objects.requireNonNull(scope, "scope");
            Objects.requireNonNull(conversations, "conversations");
            Objects.requireNonNull(messages, "messages");
            Objects.requireNonNull(accounts, "accounts");
            Objects.requireNonNull(transactions, "transactions");
            Objects.requireNonNull(ids, "ids");
            Objects.requireNonNull(clock, "clock");
        }
    }

    private final StartConversation startConversation;
    private final OpenSmsConversation openSmsConversation;
    private final ListConversations listConversations;
    private final ViewConversation viewConversation;
    private final ChangeConversation changeConversation;
    private final DeleteConversation deleteConversation;
    private final PostMessage postMessage;
    private final ListMessages listMessages;
    private final ViewThread viewThread;
    private final SearchMessages searchMessages;

    public ConversationCore(OutPorts ports) {
        OwnConversations own = new OwnConversations(ports.scope(), ports.conversations());
        startConversation = new StartConversation(ports.scope(), ports.conversations(), ports.events(), ports.ids(),
                ports.clock());
        openSmsConversation = new OpenSmsConversation(ports.scope(), ports.conversations(), ports.ids(), ports.clock());
        listConversations = new ListConversations(ports.scope(), ports.conversations());
        viewConversation = new ViewConversation(own);
        changeConversation = new ChangeConversation(own, ports.conversations(), ports.events());
        deleteConversation = new DeleteConversation(own, ports.conversations(), ports.messages(), ports.events(),
                ports.transactions());
        postMessage = new PostMessage(own, ports.conversations(), ports.messages(), ports.accounts(), ports.events(),
                ports.transactions(), ports.ids(), ports.clock());
        listMessages = new ListMessages(own, ports.messages());
        viewThread = new ViewThread(own, ports.messages());
        searchMessages = new SearchMessages(ports.scope(), ports.messages());
    }

    public StartConversation startConversation() {
        return startConversation;
    }

    /** For the SMS router: the one SMS conversation of a person with a number. */
    public OpenSmsConversation openSmsConversation() {
        return openSmsConversation;
    }

    public ListConversations listConversations() {
        return listConversations;
    }

    public ViewConversation viewConversation() {
        return viewConversation;
    }

    public ChangeConversation changeConversation() {
        return changeConversation;
    }

    public DeleteConversation deleteConversation() {
        return deleteConversation;
    }

    public PostMessage postMessage() {
        return postMessage;
    }

    public ListMessages listMessages() {
        return listMessages;
    }

    public ViewThread viewThread() {
        return viewThread;
    }

    public SearchMessages searchMessages() {
        return searchMessages;
    }
}
