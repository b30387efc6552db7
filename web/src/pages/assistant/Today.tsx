import { useCallback, useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import type { ApiClient } from '../../api/client';
import { allReminders, setReminderStatus, type Reminder } from '../../api/reminders';
import { addTask, completeTask, deleteTask, openTasks, reopenTask, type Task } from '../../api/tasks';
import { useT } from '../../i18n';
import { PendingMark } from '../../offline/OfflineBanner';
import { useSession } from '../../session';
import { explain, Field, Link, Notice, Screen } from '../../ui';
import { refusal, whenText } from './common';
import { useLiveEvents, useLoad, useLocale, useZone } from './live';
import { itemKey, planToday, type Item } from './plan';

/** How long "Done: X. Undo" stays. */
const UNDO_MS = 10_000;

/** What the status line says: a change that can be undone, or news. */
type News =
  | { readonly kind: 'done' | 'added'; readonly id: string; readonly title: string }
  | { readonly kind: 'text'; readonly text: string };

/**
 * The signed-in home: the next action first (one item, large, one tap to complete), then at most
 * three highlights, the rest folded; the order is the assistant's own (TodayList). One field adds
 * a task; completing or adding can be undone for ten seconds. Live: a task changed elsewhere (a
 * message, another tab) refreshes it, a reminder firing is said calmly.
 */
export function Today({ api }: { api: ApiClient }) {
  const t = useT();
  const locale = useLocale();
  const zone = useZone();
  const name = useSession().me?.displayName ?? null;
  const input = useRef<HTMLInputElement>(null);
  const undoButton = useRef<HTMLButtonElement>(null);
  const [tasks, setTasks] = useState<readonly Task[] | null>(null);
  const [reminders, setReminders] = useState<readonly Reminder[]>([]);
  const [news, setNews] = useState<News | null>(null);
  const [fired, setFired] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  const [now, setNow] = useState(() => new Date());

  const load = useCallback(async () => {
    const [taskResult, reminderResult] = await Promise.all([openTasks(api), allReminders(api)]);
    setNow(new Date());
    if (taskResult.ok) setTasks(taskResult.value.items);
    else setTasks((current) => current ?? []);
    if (reminderResult.ok) setReminders(reminderResult.value);
    // Offline, the tasks come from the saved Today and the offline banner says so: the reminders
    // last read stay, without a second sentence about the network.
    const failed = !taskResult.ok ? taskResult : !reminderResult.ok && reminderResult.status !== 0 ? reminderResult : null;
    setError(failed === null ? null : refusal(failed, t));
  }, [api, t]);

  useLoad(load);

  // A minute passing can make a reminder due, so the next action follows the clock.
  useEffect(() => {
    const timer = setInterval(() => setNow(new Date()), 60_000);
    return () => clearInterval(timer);
  }, []);

  const reloadSoon = useRef<ReturnType<typeof setTimeout> | null>(null);
  useEffect(() => () => {
    if (reloadSoon.current !== null) clearTimeout(reloadSoon.current);
  }, []);
  useLiveEvents(api, (event) => {
    if (event.type === 'reminder.fired' && 'data' in event) {
      const text = (event.data as Partial<Reminder>).text;
      if (typeof text === 'string') setFired(text);
    }
    if (event.type === 'open' || event.type === 'task.changed' || event.type === 'reminder.fired') {
      if (reloadSoon.current !== null) clearTimeout(reloadSoon.current);
      reloadSoon.current = setTimeout(() => void load(), 250);
    }
  });

  // The undo offer goes after ten seconds; the keyboard, if it was on it, goes back to the field.
  useEffect(() => {
    if (news === null || news.kind === 'text') return;
    const timer = setTimeout(() => {
      const hadFocus = document.activeElement === undoButton.current;
      setNews(null);
      if (hadFocus) input.current?.focus();
    }, UNDO_MS);
    return () => clearTimeout(timer);
  }, [news]);

  const plan = useMemo(() => planToday(reminders, tasks ?? [], zone, now), [reminders, tasks, zone, now]);

  function offerUndo(next: News) {
    setError(null);
    setNews(next);
    // After the item left the screen, the keyboard goes to the one thing that may follow: undo.
    setTimeout(() => undoButton.current?.focus(), 0);
  }

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = event.currentTarget;
    const title = String(new FormData(form).get('title') ?? '').trim();
    if (title === '') return;
    setBusy(true);
    const result = await addTask(api, title);
    setBusy(false);
    if (result.ok) {
      form.reset();
      setErrors({});
      setError(null);
      setNews(result.value.pending === true ? { kind: 'text', text: t('today.added') } : { kind: 'added', id: result.value.id, title });
      void load();
    } else {
      const explained = explain(result, t, ['title']);
      setErrors(explained.fields);
      setError(explained.notice);
    }
    input.current?.focus();
  }

  async function complete(task: Task) {
    const result = await completeTask(api, task.id, task.title);
    if (result.ok) {
      setTasks((current) => (current ?? []).filter((other) => other.id !== task.id));
      if (result.value.pending === true) setNews({ kind: 'text', text: t('today.done', { title: task.title }) });
      else offerUndo({ kind: 'done', id: task.id, title: task.title });
      void load();
    } else {
      setError(refusal(result, t));
    }
  }

  async function answer(reminder: Reminder) {
    const result = await setReminderStatus(api, reminder.id, 'done');
    if (result.ok) {
      setReminders((current) => current.map((other) => (other.id === reminder.id ? result.value : other)));
      setNews({ kind: 'text', text: t('today.reminderAnswered', { text: reminder.text }) });
      setFired(null);
      input.current?.focus();
      void load();
    } else {
      setError(refusal(result, t));
    }
  }

  async function undo(done: Extract<News, { id: string }>) {
    const result = done.kind === 'done' ? await reopenTask(api, done.id) : await deleteTask(api, done.id);
    if (result.ok || result.status === 404) {
      setNews({ kind: 'text', text: t(done.kind === 'done' ? 'today.undone' : 'today.unadded', { title: done.title }) });
      input.current?.focus();
      void load();
    } else {
      setError(refusal(result, t));
    }
  }

  const actions = { onComplete: complete, onAnswer: answer, zone, locale, now };
  const empty = plan.next === null;
  return (
    <Screen title={t('today.title')}>
      {name !== null && <p className="greeting">{t('today.greeting', { name })}</p>}
      <div className="status-line" role="status">
        {fired !== null && (
          <p className="notice info">
            {t('today.fired', { text: fired })}
          </p>
        )}
        {news !== null && (
          <p className="notice ok undo">
            <span>
              {news.kind === 'text' ? news.text : t(news.kind === 'done' ? 'today.done' : 'today.added', { title: news.title })}
            </span>
            {news.kind !== 'text' && (
              <button
                type="button"
                ref={undoButton}
                className="button"
                {...(news.kind === 'added' ? { 'aria-label': t('today.undoAdd', { title: news.title }) } : {})}
                onClick={() => void undo(news)}
              >
                {t('today.undo')}
              </button>
            )}
          </p>
        )}
      </div>
      {error !== null && <Notice kind="error">{error}</Notice>}
      {tasks === null ? (
        <p aria-live="polite">{t('today.loading')}</p>
      ) : empty ? (
        <p className="empty">{t('today.empty')}</p>
      ) : (
        <>
          <section className="next-action" aria-labelledby="next-title">
            <h2 id="next-title">{t('today.next')}</h2>
            {plan.next !== null && <NextAction item={plan.next} {...actions} />}
          </section>
          {plan.highlights.length > 0 && (
            <section aria-labelledby="highlights-title">
              <h2 id="highlights-title">{t('today.highlights')}</h2>
              <ul className="tasks">
                {plan.highlights.map((item) => (
                  <ItemRow key={itemKey(item)} item={item} {...actions} />
                ))}
              </ul>
            </section>
          )}
          {plan.rest.length > 0 && (
            <details className="rest">
              <summary>{t('today.more', { count: plan.rest.length })}</summary>
              <ul className="tasks">
                {plan.rest.map((item) => (
                  <ItemRow key={itemKey(item)} item={item} {...actions} />
                ))}
              </ul>
            </details>
          )}
        </>
      )}
      <form className="add" onSubmit={(event) => void add(event)} noValidate>
        <Field
          ref={input}
          label={t('today.add.label')}
          name="title"
          placeholder={t('today.add.placeholder')}
          autoComplete="off"
          maxLength={500}
          errors={errors.title}
        />
        <button type="submit" className="button" disabled={busy}>
          {t('today.add.submit')}
        </button>
      </form>
      <p className="secondary">
        <Link href="/reminders">{t('today.toReminders')}</Link>
      </p>
    </Screen>
  );
}

interface ItemProps {
  readonly item: Item;
  readonly onComplete: (task: Task) => Promise<void>;
  readonly onAnswer: (reminder: Reminder) => Promise<void>;
  readonly zone: string;
  readonly locale: string;
  readonly now: Date;
}

function labelOf(item: Item): string {
  return item.kind === 'task' ? item.task.title : item.reminder.text;
}

function When({ item, zone, locale, now }: ItemProps) {
  const t = useT();
  if (item.kind !== 'reminder' || item.reminder.dueAt === null) return null;
  return (
    <span className="when">
      <span className="visually-hidden">{t('today.reminder')} </span>
      {whenText(t, item.reminder.dueAt, zone, locale, now)}
    </span>
  );
}

function act(props: ItemProps) {
  const { item } = props;
  return () => void (item.kind === 'task' ? props.onComplete(item.task) : props.onAnswer(item.reminder));
}

/** The one next thing: large, one tap. */
function NextAction(props: ItemProps) {
  const t = useT();
  const label = labelOf(props.item);
  return (
    <div className="next-card">
      <p className="next-title">{label}</p>
      <When {...props} />
      {props.item.kind === 'task' && props.item.task.pending === true && <PendingMark id={props.item.task.id} />}
      <button type="button" className="button primary" aria-label={t('today.complete', { title: label })} onClick={act(props)}>
        {t('today.doneButton')}
      </button>
    </div>
  );
}

function ItemRow(props: ItemProps) {
  const t = useT();
  const label = labelOf(props.item);
  return (
    <li className={`task of-${props.item.kind}`}>
      <button type="button" className="complete" aria-label={t('today.complete', { title: label })} onClick={act(props)}>
        <span aria-hidden="true" className="check" />
      </button>
      <span className="title">
        {label}
        <When {...props} />
      </span>
      {props.item.kind === 'task' && props.item.task.pending === true && <PendingMark id={props.item.task.id} />}
    </li>
  );
}
