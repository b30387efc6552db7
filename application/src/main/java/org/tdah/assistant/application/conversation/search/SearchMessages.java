package org.tdah.assistant.application.conversation.search;

import org.tdah.assistant.application.conversation.PageRequest;
import org.tdah.assistant.application.conversation.SearchHit;
import org.tdah.assistant.application.conversation.SearchPosition;
import org.tdah.assistant.application.conversation.SearchQuery;
import org.tdah.assistant.application.conversation.port.AccountScope;
import org.tdah.assistant.application.conversation.port.Messages;
import org.tdah.assistant.application.shared.Page;
import org.tdah.assistant.domain.identity.AccountId;

/** Finds the caller's own messages, in every conversation of theirs, best match first. */
public final class SearchMessages {
    private final AccountScope scope;
    private final Messages messages;

    public SearchMessages(AccountScope scope, Messages messages) {
        this.scope = scope;
        this.messages = messages;
    }

    public Page<SearchHit, SearchPosition> search(AccountId caller, SearchQuery query, PageRequest<SearchPosition> page) {
        return scope.as(caller, () -> Page.of(messages.search(caller, query, page.after(), page.oneMore()),
                page.limit(), SearchHit::position));
    }
}
