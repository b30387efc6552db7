package org.tdah.assistant.testkit;

import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.tdah.assistant.application.AssistantCore;
import org.tdah.assistant.application.access.AccessCore;
import org.tdah.assistant.application.assistant.AssistantContextCore;
import org.tdah.assistant.application.assistant.Understandings;
import org.tdah.assistant.application.assistant.delivery.DeliverDueReminders;
import org.tdah.assistant.application.audit.AuditCore;
import org.tdah.assistant.application.conversation.ConversationCore;
import org.tdah.assistant.application.identity.IdentityCore;
import org.tdah.assistant.application.identity.port.PasswordHasher;
import org.tdah.assistant.application.jobs.JobsCore;
import org.tdah.assistant.application.live.LiveCore;
import org.tdah.assistant.application.shared.EmailMessage;
import org.tdah.assistant.application.shared.RequestOrigin;
import org.tdah.assistant.application.shared.RetryPolicy;
import org.tdah.assistant.application.shared.SharedCore;
import org.tdah.assistant.application.sms.SmsCore;
import org.tdah.assistant.domain.shared.PhoneNumber;
import org.tdah.assistant.testkit.access.InMemoryAccountRoles;
import org.tdah.assistant.testkit.access.InMemoryRolePermissions;
import org.tdah.assistant.testkit.assistant.InMemoryCheckIns;
import org.tdah.assistant.testkit.assistant.InMemoryDialogues;
import org.tdah.assistant.testkit.assistant.InMemoryItemNumbers;
import org.tdah.assistant.testkit.assistant.InMemoryReminderDeliveries;
import org.tdah.assistant.testkit.assistant.InMemoryReminders;
import org.tdah.assistant.testkit.assistant.InMemoryTasks;
import org.tdah.assistant.testkit.assistant.RecordingAssistantEvents;
import org.tdah.assistant.testkit.assistant.ReferenceRecurrenceRules;
import org.tdah.assistant.testkit.audit.InMemoryAuditTrail;
import org.tdah.assistant.testkit.conversation.InMemoryAccountScope;
import org.tdah.assistant.testkit.conversation.InMemoryConversations;
import org.tdah.assistant.testkit.conversation.InMemoryMessages;
import org.tdah.assistant.testkit.conversation.RecordingConversationEvents;
import org.tdah.assistant.testkit.identity.FastInsecurePasswordHasher;
import org.tdah.assistant.testkit.identity.InMemoryAccessTokens;
import org.tdah.assistant.testkit.identity.InMemoryAccountPreferences;
import org.tdah.assistant.testkit.identity.InMemoryAccounts;
import org.tdah.assistant.testkit.identity.InMemoryAccountsWithFactors;
import org.tdah.assistant.testkit.identity.InMemoryBackupCodes;
import org.tdah.assistant.testkit.identity.InMemoryOneTimeTokens;
import org.tdah.assistant.testkit.identity.InMemoryPhones;
import org.tdah.assistant.testkit.identity.InMemoryRefreshTokens;
import org.tdah.assistant.testkit.identity.InMemorySecondFactors;
import org.tdah.assistant.testkit.identity.InMemorySecurityEvents;
import org.tdah.assistant.testkit.identity.InMemorySessions;
import org.tdah.assistant.testkit.identity.InMemorySmsCodes;
import org.tdah.assistant.testkit.identity.InMemoryTotpCredentials;
import org.tdah.assistant.testkit.identity.RecordingSignInFigures;
import org.tdah.assistant.testkit.identity.ReferenceTotp;
import org.tdah.assistant.testkit.identity.SimplePasswordStrengthMeter;
import org.tdah.assistant.testkit.jobs.InMemoryJobStatistics;
import org.tdah.assistant.testkit.live.InMemoryLiveEventStream;
import org.tdah.assistant.testkit.shared.InMemoryAttemptCounters;
import org.tdah.assistant.testkit.shared.InMemoryCorrelation;
import org.tdah.assistant.testkit.shared.InMemoryEmailOutbox;
import org.tdah.assistant.testkit.shared.InMemoryTransactions;
import org.tdah.assistant.testkit.shared.MutableClock;
import org.tdah.assistant.testkit.shared.RecordingMailbox;
import org.tdah.assistant.testkit.shared.SequentialIds;
import org.tdah.assistant.testkit.shared.SequentialSecrets;
import org.tdah.assistant.testkit.sms.FakePhoneNumberProvider;
import org.tdah.assistant.testkit.sms.InMemoryChannelLogs;
import org.tdah.assistant.testkit.sms.InMemoryInboundTexts;
import org.tdah.assistant.testkit.sms.InMemoryOptOuts;
import org.tdah.assistant.testkit.sms.InMemoryPhoneNumbers;
import org.tdah.assistant.testkit.sms.InMemorySmsOutbox;
import org.tdah.assistant.testkit.sms.InMemorySmsUsage;
import org.tdah.assistant.testkit.sms.RecordingTextMessages;
import org.tdah.assistant.testkit.sms.TwilioStyleSignatures;

/**
 * The core wired with the in-memory adapters, with handles on them so that a scenario can look
 * behind the use cases. What an embedding program would build for its own tests.
 */
public final class InMemoryCore {
    public static final RequestOrigin ORIGIN = new RequestOrigin("203.0.113.7", "scenario-test", "req-1");
    private static final Pattern CODE = Pattern.compile("code[^:\\n]*: (\\S+)");

    public final MutableClock clock = MutableClock.at("2026-11-26T09:00:00Z");
    public final InMemoryAccounts accounts = new InMemoryAccounts();
    public final InMemoryAccountPreferences accountPreferences = new InMemoryAccountPreferences();
    public final PasswordHasher passwordHasher;
    public final InMemoryAccessTokens accessTokens = new InMemoryAccessTokens(clock);
    public final InMemorySessions sessions = new InMemorySessions();
    public final InMemoryTotpCredentials totpCredentials = new InMemoryTotpCredentials();
    public final InMemoryBackupCodes backupCodes = new InMemoryBackupCodes();
    public final InMemoryPhones phones = new InMemoryPhones();
    public final InMemorySmsCodes smsCodes = new InMemorySmsCodes();
    public final RecordingTextMessages textMessages = new RecordingTextMessages();
    public final InMemoryRefreshTokens refreshTokens = new InMemoryRefreshTokens();
    public final InMemoryOneTimeTokens oneTimeTokens = new InMemoryOneTimeTokens();
    private final AtomicLong auditSequence = new AtomicLong();
    public final InMemorySecurityEvents securityEvents = new InMemorySecurityEvents(auditSequence::incrementAndGet);
    public final InMemoryAuditTrail auditTrail = new InMemoryAuditTrail(securityEvents, auditSequence::incrementAndGet);
    public final InMemoryCorrelation correlation = new InMemoryCorrelation();
    public final InMemoryEmailOutbox outbox = new InMemoryEmailOutbox(correlation);
    public final RecordingMailbox mailbox = new RecordingMailbox();
    public final InMemoryAttemptCounters attempts = new InMemoryAttemptCounters();
    public final InMemoryConversations conversations = new InMemoryConversations();
    public final InMemoryMessages messages = new InMemoryMessages();
    public final InMemoryAccountScope accountScope = new InMemoryAccountScope();
    public final InMemoryTasks tasks = new InMemoryTasks();
    public final InMemoryReminders reminders = new InMemoryReminders();
    public final InMemoryItemNumbers itemNumbers = new InMemoryItemNumbers(tasks, reminders);
    public final InMemoryReminderDeliveries reminderDeliveries = new InMemoryReminderDeliveries();
    public final InMemoryJobStatistics jobStatistics = new InMemoryJobStatistics(outbox, reminders, reminderDeliveries);
    public final InMemoryDialogues dialogues = new InMemoryDialogues();
    public final InMemoryCheckIns checkIns = new InMemoryCheckIns(accounts, accountPreferences);
    public final RecordingAssistantEvents assistantEvents = new RecordingAssistantEvents();
    public static final PhoneNumber PLATFORM_NUMBER = PhoneNumber.parse("+15005550006");
    public static final String PUBLIC_BASE_URL = "https://assistant.test";
    public final InMemoryPhoneNumbers phoneNumbers = new InMemoryPhoneNumbers();
    public final InMemoryInboundTexts inboundTexts = new InMemoryInboundTexts();
    public final InMemorySmsOutbox smsOutbox = new InMemorySmsOutbox();
    public final InMemoryOptOuts optOuts = new InMemoryOptOuts();
    public final InMemorySmsUsage smsUsage = new InMemorySmsUsage();
    public final InMemoryChannelLogs channelLogs = new InMemoryChannelLogs();
    public final FakePhoneNumberProvider numberProvider = new FakePhoneNumberProvider();
    public final TwilioStyleSignatures webhookSignatures = new TwilioStyleSignatures("scenario-auth-token");
    /** Rolls back the adapters that PostgreSQL holds in production; sessions and counters live in Redis. */
    public final InMemoryTransactions transactions = new InMemoryTransactions(accounts, totpCredentials, backupCodes,
            phones, smsCodes, refreshTokens, oneTimeTokens, securityEvents, outbox, accountPreferences, conversations,
            messages, tasks, reminders, reminderDeliveries, dialogues, checkIns, phoneNumbers, inboundTexts, smsOutbox,
            optOuts, smsUsage);
    public final SequentialIds ids = new SequentialIds();
    public final InMemoryRolePermissions rolePermissions = new InMemoryRolePermissions();
    public final InMemoryAccountRoles accountRoles = new InMemoryAccountRoles(accounts);
    public final RecordingConversationEvents conversationEvents = new RecordingConversationEvents();
    public final InMemoryLiveEventStream liveEvents = new InMemoryLiveEventStream();
    public final InMemorySecondFactors secondFactors = new InMemorySecondFactors(totpCredentials, phones, backupCodes);
    public final InMemoryAccountsWithFactors accountsWithFactors = new InMemoryAccountsWithFactors(accounts, secondFactors);
    public final RecordingSignInFigures signInFigures = new RecordingSignInFigures();
    public final AssistantCore core;

    public InMemoryCore() {
        this(IdentityCore.RateLimits.DEFAULTS);
    }

    public InMemoryCore(IdentityCore.RateLimits rateLimits) {
        this(rateLimits, new FastInsecurePasswordHasher());
    }

    /** The core with a password hasher of the test's choosing (to count its calls, say). */
    public InMemoryCore(PasswordHasher passwordHasher) {
        this(IdentityCore.RateLimits.DEFAULTS, passwordHasher);
    }

    private InMemoryCore(IdentityCore.RateLimits rateLimits, PasswordHasher passwordHasher) {
        this.passwordHasher = passwordHasher;
        core = AssistantCore.build(
                new AssistantCore.OutPorts(
                        new IdentityCore.OutPorts(accounts, accountPreferences, passwordHasher, new SimplePasswordStrengthMeter(),
                                new ReferenceTotp(), totpCredentials, backupCodes, phones,
                                secondFactors, accountsWithFactors, smsCodes, textMessages,
                                accessTokens, sessions, refreshTokens, oneTimeTokens, securityEvents, outbox,
                                transactions, attempts, new SequentialSecrets(), ids, clock, signInFigures),
                        new AccessCore.OutPorts(rolePermissions, accountRoles, accounts, sessions, refreshTokens,
                                secondFactors, totpCredentials, backupCodes, phones, securityEvents, outbox, transactions,
                                ids, auditTrail, clock),
                        new AuditCore.OutPorts(auditTrail, clock),
                        new ConversationCore.OutPorts(conversations, messages, accountScope, accounts,
                                conversationEvents, transactions, ids, clock),
                        new AssistantContextCore.OutPorts(tasks, reminders, itemNumbers, reminderDeliveries, dialogues,
                                checkIns, new ReferenceRecurrenceRules(), Understandings.rules(),
                                assistantEvents, accounts, accountPreferences, phones, textMessages, outbox,
                                transactions, ids, clock),
                        new LiveCore.OutPorts(liveEvents, sessions, clock),
                        new SharedCore.OutPorts(outbox, mailbox, transactions, clock, correlation),
                        new JobsCore.OutPorts(jobStatistics, clock),
                        new SmsCore.OutPorts(phoneNumbers, inboundTexts, smsOutbox, optOuts, smsUsage, channelLogs,
                                textMessages, numberProvider, webhookSignatures, accounts, phones, transactions, ids,
                                correlation, clock)),
                new AssistantCore.Settings(
                        IdentityCore.Settings.defaults(PUBLIC_BASE_URL).withRateLimits(rateLimits),
                        AuditCore.Settings.DEFAULT,
                        RetryPolicy.DEFAULT,
                        DeliverDueReminders.Settings.DEFAULT,
                        SmsCore.Settings.defaults(PLATFORM_NUMBER, PUBLIC_BASE_URL)));
    }

    /** Every email put in the outbox, oldest first. */
    public List<EmailMessage> emailsQueued() {
        return outbox.entries().stream().map(InMemoryEmailOutbox.Entry::message).toList();
    }

    /** The code of the newest queued email to this address with this subject. */
    public String codeMailedTo(String email, String subject) {
        List<EmailMessage> emails = emailsQueued();
        for (int i = emails.size() - 1; i >= 0; i--) {
            EmailMessage message = emails.get(i);
            if (message.to().value().equals(email) && message.subject().equals(subject)) {
                Matcher code = CODE.matcher(message.textBody());
                if (code.find()) {
                    return code.group(1);
                }
            }
        }
        throw new AssertionError("no email '" + subject + "' with a code to " + email + " in " + emails);
    }
}
