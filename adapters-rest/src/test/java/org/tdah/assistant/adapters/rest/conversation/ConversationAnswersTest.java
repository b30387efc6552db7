package org.tdah.assistant.adapters.rest.conversation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tdah.assistant.adapters.rest.shared.AnswerTable.ok;
import static org.tdah.assistant.adapters.rest.shared.AnswerTable.problem;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.tdah.assistant.adapters.rest.shared.AnswerTable;
import org.tdah.assistant.adapters.rest.shared.GeneralProblem;
import org.tdah.assistant.adapters.rest.shared.PageJson;
import org.tdah.assistant.application.conversation.conversations.ChangeConversation;
import org.tdah.assistant.application.conversation.conversations.DeleteConversation;
import org.tdah.assistant.application.conversation.conversations.ViewConversation;
import org.tdah.assistant.application.conversation.messages.ListMessages;
import org.tdah.assistant.application.conversation.messages.PostMessage;
import org.tdah.assistant.application.conversation.messages.ViewThread;
import org.tdah.assistant.application.shared.Page;
import org.tdah.assistant.domain.conversation.Author;
import org.tdah.assistant.domain.conversation.Channel;
import org.tdah.assistant.domain.conversation.Conversation;
import org.tdah.assistant.domain.conversation.ConversationId;
import org.tdah.assistant.domain.conversation.Message;
import org.tdah.assistant.domain.conversation.MessageBody;
import org.tdah.assistant.domain.conversation.MessageId;
import org.tdah.assistant.domain.identity.AccountId;
import org.tdah.assistant.domain.identity.Language;

/**
 * Every variant of every conversation result gets its own HTTP answer: the status and problem
 * type that docs/api.md promises; fails when a variant has no row here.
 */
class ConversationAnswersTest {
    private static final Instant AT = Instant.parse("2026-12-01T10:00:00.123Z");
    private static final Conversation CONVERSATION = Conversation.onTheWeb(new ConversationId("c-1"),
            new AccountId("account-1"), Optional.empty(), AT);
    private static final Message MESSAGE = new Message(new MessageId("m-1"), CONVERSATION.id(), CONVERSATION.owner(),
            Author.USER, Channel.WEB, new MessageBody("hello"), Optional.empty(), Language.EN, AT);
    private static final Page<Message, MessageId> PAGE = new Page<>(List.of(MESSAGE), Optional.of(MESSAGE.id()));

    private static final List<Class<?>> RESULTS = List.of(ViewConversation.Result.class, ChangeConversation.Result.class,
            DeleteConversation.Result.class, PostMessage.Result.class, ListMessages.Result.class, ViewThread.Result.class);

    static List<AnswerTable.Case> cases() {
        var found = new ViewConversation.Result.Found(CONVERSATION);
        var notFound = new ViewConversation.Result.NotFound();
        var changed = new ChangeConversation.Result.Changed(CONVERSATION);
        var notChanged = new ChangeConversation.Result.NotFound();
        var deleted = new DeleteConversation.Result.Deleted();
        var notDeleted = new DeleteConversation.Result.NotFound();
        var posted = new PostMessage.Result.Posted(MESSAGE);
        var postedNowhere = new PostMessage.Result.NoSuchConversation();
        var noReplyTarget = new PostMessage.Result.NoSuchReplyTarget(new MessageId("m-2"));
        var listed = new ListMessages.Result.Listed(PAGE);
        var listedNowhere = new ListMessages.Result.NoSuchConversation();
        var thread = new ViewThread.Result.Listed(PAGE);
        var threadNowhere = new ViewThread.Result.NoSuchConversation();
        var noRoot = new ViewThread.Result.NoSuchMessage();
        return List.of(
                ok(found, () -> ConversationAnswers.of(found), 200),
                problem(notFound, () -> ConversationAnswers.of(notFound), GeneralProblem.NOT_FOUND),
                ok(changed, () -> ConversationAnswers.of(changed), 200),
                problem(notChanged, () -> ConversationAnswers.of(notChanged), GeneralProblem.NOT_FOUND),
                ok(deleted, () -> ConversationAnswers.of(deleted), 204),
                problem(notDeleted, () -> ConversationAnswers.of(notDeleted), GeneralProblem.NOT_FOUND),
                ok(posted, () -> ConversationAnswers.of(posted), 201),
                problem(postedNowhere, () -> ConversationAnswers.of(postedNowhere), GeneralProblem.NOT_FOUND),
                problem(noReplyTarget, () -> ConversationAnswers.of(noReplyTarget), GeneralProblem.VALIDATION_FAILED),
                ok(listed, () -> ConversationAnswers.of(listed), 200),
                problem(listedNowhere, () -> ConversationAnswers.of(listedNowhere), GeneralProblem.NOT_FOUND),
                ok(thread, () -> ConversationAnswers.of(thread), 200),
                problem(threadNowhere, () -> ConversationAnswers.of(threadNowhere), GeneralProblem.NOT_FOUND),
                problem(noRoot, () -> ConversationAnswers.of(noRoot), GeneralProblem.NOT_FOUND));
    }

    @TestFactory
    Stream<DynamicTest> each_variant_gets_its_own_status_and_problem_type() {
        return AnswerTable.eachAnswered(cases());
    }

    @Test
    void every_variant_of_every_conversation_result_has_a_row_here() {
        AnswerTable.assertEveryVariantHasARow(RESULTS, cases());
    }

    @Test
    void a_page_carries_an_opaque_cursor_that_reads_back_as_its_key() {
        var page = (PageJson<?>) ConversationAnswers.of(new ListMessages.Result.Listed(PAGE))
                .getEntity();

        assertThat(page.nextCursor()).isNotEqualTo("m-1");
        assertThat(Cursors.page(null, page.nextCursor(), MessageId::new).after()).contains(MESSAGE.id());
    }
}
