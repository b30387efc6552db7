package org.tdah.assistant.application;

import java.util.Objects;
import org.tdah.assistant.application.access.AccessCore;
import org.tdah.assistant.application.assistant.AssistantContextCore;
import org.tdah.assistant.application.assistant.delivery.DeliverDueReminders;
import org.tdah.assistant.application.audit.AuditCore;
import org.tdah.assistant.application.conversation.ConversationCore;
import org.tdah.assistant.application.identity.IdentityCore;
import org.tdah.assistant.application.jobs.JobsCore;
import org.tdah.assistant.application.live.LiveCore;
import org.tdah.assistant.application.shared.RetryPolicy;
import org.tdah.assistant.application.shared.SharedCore;
import org.tdah.assistant.application.sms.SmsCore;
import org.tdah.assistant.domain.shared.PhoneNumber;

/**
 * The whole core: one composition root per bounded context, built in one call. The Dropwizard
 * application builds it with the real adapters; a JVM program embedding the assistant builds it
 * with its own or with the in-memory adapters of the testkit module. A new context adds its core
 * here, and a component to {@link OutPorts} and {@link Settings} when it has any.
 */
public record AssistantCore(IdentityCore identity, AccessCore access, AuditCore audit,
        ConversationCore conversation, AssistantContextCore assistant, LiveCore live, SharedCore shared,
        JobsCore jobs, SmsCore sms) {

    /** The out-ports of every context; one adapter instance may serve several contexts. */
    public record OutPorts(IdentityCore.OutPorts identity, AccessCore.OutPorts access, AuditCore.OutPorts audit,
            ConversationCore.OutPorts conversation, AssistantContextCore.OutPorts assistant, LiveCore.OutPorts live,
            SharedCore.OutPorts shared, JobsCore.OutPorts jobs, SmsCore.OutPorts sms) {
        public OutPorts {
            Objects.requireNonNull(sms, "sms");
            Objects.requireNonNull(assistant, "assistant");
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(access, "access");
            Objects.requireNonNull(audit, "audit");
            Objects.requireNonNull(conversation, "conversation");
            Objects.requireNonNull(live, "live");
            Objects.requireNonNull(shared, "shared");
            Objects.requireNonNull(jobs, "jobs");
        }
    }

    /** What an operator may tune, per context. */
    public record Settings(IdentityCore.Settings identity, AuditCore.Settings audit,
            RetryPolicy emailRetry, DeliverDueReminders.Settings reminderDelivery, SmsCore.Settings sms) {
        public Settings {
            Objects.requireNonNull(sms, "sms");
            Objects.requireNonNull(reminderDelivery, "reminderDelivery");
            Objects.requireNonNull(identity, "identity");
            Objects.requireNonNull(audit, "audit");
            Objects.requireNonNull(emailRetry, "emailRetry");
        }

        public static Settings defaults(String publicBaseUrl, PhoneNumber platformNumber) {
            return new Settings(IdentityCore.Settings.defaults(publicBaseUrl), AuditCore.Settings.DEFAULT,
                    RetryPolicy.DEFAULT, DeliverDueReminders.Settings.DEFAULT,
                    SmsCore.Settings.defaults(platformNumber, publicBaseUrl));
        }
    }

    public AssistantCore {
        Objects.requireNonNull(identity, "identity");
        Objects.requireNonNull(access, "access");
        Objects.requireNonNull(audit, "audit");
        Objects.requireNonNull(conversation, "conversation");
        Objects.requireNonNull(assistant, "assistant");
        Objects.requireNonNull(live, "live");
        Objects.requireNonNull(shared, "shared");
        Objects.requireNonNull(jobs, "jobs");
        Objects.requireNonNull(sms, "sms");
    }

    /**
     * Builds every context. The SMS context's gate comes first: identity texts its codes and the
     * assistant its reminders through it, and the router drives the conversation and assistant
     * contexts built with it.
     */
    public static AssistantCore build(OutPorts ports, Settings settings) {
        AccessCore access = new AccessCore(ports.access());
        SmsCore.Sending texts = new SmsCore.Sending(ports.sms(), settings.sms());
        IdentityCore identity = new IdentityCore(ports.identity().textingThrough(texts.now()), settings.identity());
        ConversationCore conversation = new ConversationCore(ports.conversation());
        AssistantContextCore assistant = new AssistantContextCore(ports.assistant().textingThrough(texts.now()),
                settings.reminderDelivery());
        SmsCore sms = new SmsCore(ports.sms(), settings.sms(), texts, new AssistantBySms(
                conversation.openSmsConversation(), conversation.postMessage(), assistant.answerMessage()));
        return new AssistantCore(
                identity,
                access,
                new AuditCore(ports.audit(), settings.audit(), access.effectivePermissions()),
                conversation,
                assistant,
                new LiveCore(ports.live()),
                new SharedCore(ports.shared(), settings.emailRetry()),
                new JobsCore(ports.jobs(), access.effectivePermissions()),
                sms);
    }
}
