import { useCallback, useId, useMemo, useRef, useState, type FormEvent, type ReactNode } from 'react';
import type { ApiClient } from '../../api/client';
import { active, addReminder, allReminders, occurrences, setReminderStatus, snoozeReminder, type Reminder } from '../../api/reminders';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { explain, Field, Notice, Screen, useFocusFirstInvalid } from '../../ui';
import { refusal, whenText } from './common';
import { useLiveEvents, useLoad, useLocale, useZone } from './live';
import { addDays, firstDateFor, localOf, REPEATS, repeatOf, ruleOf, snoozeTimes, zonedToUtc, type Repeat } from './time';

const SHOWN_FIELDS = ['text', 'date', 'time', 'repeat'] as const;
/** The API's field names in the form's. */
const RENAMED = { dueAt: 'time', recurrence: 'repeat' } as const;

const REPEAT_LABEL: Readonly<Record<Repeat | 'other', MessageKey>> = {
  none: 'reminders.repeat.none',
  daily: 'reminders.repeat.daily',
  weekdays: 'reminders.repeat.weekdays',
  weekly: 'reminders.repeat.weekly',
  monthly: 'reminders.repeat.monthly',
  other: 'reminders.repeat.other',
};

/** Soonest first (as instants), those without a time left last. */
function byDue(a: Reminder, b: Reminder): number {
  const at = (reminder: Reminder) => (reminder.dueAt === null ? Number.MAX_SAFE_INTEGER : Date.parse(reminder.dueAt));
  return at(a) - at(b) || a.number - b.number;
}

/** The next full hour of the zone's clock, as the form's first guess. */
function nextHour(zone: string): { date: string; time: string } {
  const local = localOf(Date.now(), zone);
  const hour = Number(local.time.slice(0, 2)) + 1;
  return hour >= 24 ? { date: addDays(local.date, 1), time: '00:00' } : { date: local.date, time: `${String(hour).padStart(2, '0')}:00` };
}

/**
 * The reminders: the coming ones (soonest first) with done, snooze presets and cancel, the next
 * times of a recurring one; one form to add one, its date and time read on the person's clock.
 */
export function Reminders({ api }: { api: ApiClient }) {
  const t = useT();
  const zone = useZone();
  const locale = useLocale();
  const form = useRef<HTMLFormElement>(null);
  const [reminders, setReminders] = useState<readonly Reminder[] | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [error, setError] = useState<string | null>(null);
  const [news, setNews] = useState<{ text: string; undo?: Reminder } | null>(null);
  const [busy, setBusy] = useState(false);
  // The first guess follows the zone, which is known once the profile has loaded (the form is keyed by it).
  const guess = useMemo(() => nextHour(zone), [zone]);
  useFocusFirstInvalid(form, errors);

  const load = useCallback(async () => {
    const result = await allReminders(api);
    if (result.ok) setReminders(result.value);
    else {
      setReminders((current) => current ?? []);
      setError(refusal(result, t));
    }
  }, [api, t]);

  useLoad(load);
  useLiveEvents(api, (event) => {
    if (event.type === 'open' || event.type === 'reminder.fired' || event.type === 'task.changed') void load();
  });

  async function add(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const element = event.currentTarget;
    const data = new FormData(element);
    const text = String(data.get('text') ?? '').trim();
    const repeat = String(data.get('repeat') ?? 'none') as Repeat;
    const date = firstDateFor(repeat, String(data.get('date') ?? ''));
    const time = String(data.get('time') ?? '');
    const mine: Record<string, string[]> = {};
    if (text === '') mine.text = [t('reminders.error.text')];
    const due = zonedToUtc(date, time, zone);
    if (due === null) mine[date === '' || zonedToUtc(date, '12:00', zone) === null ? 'date' : 'time'] = [t('reminders.error.when')];
    else if (repeat === 'none' && due.getTime() <= Date.now()) mine.time = [t('reminders.error.past')];
    if (Object.keys(mine).length > 0 || due === null) {
      setErrors(mine);
      setError(t('common.fixFields'));
      return;
    }
    const recurrence = ruleOf(repeat);
    setBusy(true);
    const result = await addReminder(api, { text, dueAt: due.toISOString(), timezone: zone, ...(recurrence !== null ? { recurrence } : {}) });
    setBusy(false);
    if (result.ok) {
      element.reset();
      setErrors({});
      setError(null);
      setNews({ text: t('reminders.added', { text, when: whenText(t, result.value.dueAt ?? due.toISOString(), zone, locale) }) });
      setReminders((current) => [...(current ?? []), result.value]);
      void load();
    } else {
      const explained = explain(result, t, SHOWN_FIELDS, {}, RENAMED);
      setErrors(explained.fields);
      setError(explained.notice);
    }
  }

  async function change(reminder: Reminder, call: Promise<Awaited<ReturnType<typeof setReminderStatus>>>, said: MessageKey, undoable = false) {
    const result = await call;
    if (result.ok) {
      setError(null);
      setNews({ text: t(said, { text: reminder.text, when: result.value.dueAt === null ? '' : whenText(t, result.value.dueAt, result.value.timezone, locale) }), ...(undoable ? { undo: result.value } : {}) });
      setReminders((current) => (current ?? []).map((other) => (other.id === reminder.id ? result.value : other)));
      form.current?.querySelector<HTMLInputElement>('input')?.focus();
    } else {
      setError(refusal(result, t));
    }
  }

  const coming = (reminders ?? []).filter(active).sort(byDue);
  const past = (reminders ?? []).filter((reminder) => !active(reminder));
  return (
    <Screen title={t('reminders.title')}>
      <div className="status-line" role="status">
        {news !== null && (
          <p className="notice ok undo">
            <span>{news.text}</span>
            {news.undo !== undefined && (
              <button type="button" className="button" onClick={() => news.undo !== undefined && void change(news.undo, setReminderStatus(api, news.undo.id, 'scheduled'), 'reminders.restored')}>
                {t('today.undo')}
              </button>
            )}
          </p>
        )}
      </div>
      {error !== null && <Notice kind="error">{error}</Notice>}
      <form key={zone} ref={form} className="reminder-form" onSubmit={(event) => void add(event)} noValidate>
        <Field label={t('reminders.text')} name="text" autoComplete="off" maxLength={500} placeholder={t('reminders.textPlaceholder')} errors={errors.text} />
        <div className="when-fields">
          <Field label={t('reminders.date')} name="date" type="date" defaultValue={guess.date} errors={errors.date} />
          <Field label={t('reminders.time')} name="time" type="time" defaultValue={guess.time} errors={errors.time} />
        </div>
        <SelectField label={t('reminders.repeat')} name="repeat" errors={errors.repeat}>
          {REPEATS.map((repeat) => (
            <option key={repeat} value={repeat}>
              {t(REPEAT_LABEL[repeat])}
            </option>
          ))}
        </SelectField>
        <p className="hint">{t('reminders.zone', { zone })}</p>
        <button type="submit" className="button primary" disabled={busy}>
          {t('reminders.add')}
        </button>
      </form>

      <h2>{t('reminders.coming')}</h2>
      {reminders === null ? (
        <p aria-live="polite">{t('reminders.loading')}</p>
      ) : coming.length === 0 ? (
        <p className="empty">{t('reminders.none')}</p>
      ) : (
        <ul className="reminders">
          {coming.map((reminder) => (
            <ReminderCard
              key={reminder.id}
              api={api}
              reminder={reminder}
              personZone={zone}
              locale={locale}
              onDone={() => void change(reminder, setReminderStatus(api, reminder.id, 'done'), reminder.recurrence === null ? 'reminders.done' : 'reminders.doneSeries')}
              onCancel={() => void change(reminder, setReminderStatus(api, reminder.id, 'cancelled'), 'reminders.cancelled', true)}
              onSnooze={(until) => void change(reminder, snoozeReminder(api, reminder.id, until), 'reminders.snoozed')}
            />
          ))}
        </ul>
      )}
      {past.length > 0 && (
        <details className="rest">
          <summary>{t('reminders.past', { count: past.length })}</summary>
          <ul className="reminders past">
            {past.map((reminder) => (
              <li key={reminder.id} className="reminder">
                <span className="title">{reminder.text}</span>
                <span className="when">{t(reminder.status === 'done' ? 'reminders.status.done' : 'reminders.status.cancelled')}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
    </Screen>
  );
}

interface CardProps {
  readonly api: ApiClient;
  readonly reminder: Reminder;
  readonly personZone: string;
  readonly locale: string;
  readonly onDone: () => void;
  readonly onCancel: () => void;
  readonly onSnooze: (until: Date) => void;
}

function ReminderCard({ api, reminder, personZone, locale, onDone, onCancel, onSnooze }: CardProps) {
  const t = useT();
  const [next, setNext] = useState<readonly string[] | null>(null);
  const [nextError, setNextError] = useState<string | null>(null);
  const repeat = repeatOf(reminder.recurrence);
  const zone = reminder.timezone;
  const headingId = useId();

  async function loadNext() {
    if (next !== null) return;
    const result = await occurrences(api, reminder.id, 3);
    if (result.ok) setNext(result.value.items);
    else setNextError(refusal(result, t));
  }

  const times = snoozeTimes(zone);
  return (
    <li className="reminder" aria-labelledby={headingId}>
      <h3 id={headingId} className="title">
        {reminder.text}
      </h3>
      <p className="when">
        {reminder.dueAt === null ? t('reminders.noTime') : whenText(t, reminder.dueAt, zone, locale)}
        {zone !== personZone && ` (${zone})`}
        {reminder.status === 'snoozed' && ` · ${t('reminders.status.snoozed')}`}
        {repeat !== 'none' && ` · ${t(REPEAT_LABEL[repeat])}`}
      </p>
      <div className="actions">
        <button type="button" className="button" aria-label={t('reminders.doneFor', { text: reminder.text })} onClick={onDone}>
          {t('today.doneButton')}
        </button>
        <details className="snooze">
          <summary className="button" aria-label={t('reminders.snoozeFor', { text: reminder.text })}>
            {t('reminders.snooze')}
          </summary>
          <div className="presets">
            <button type="button" className="button" onClick={() => onSnooze(times.minutes10)}>
              {t('reminders.snooze.10')}
            </button>
            <button type="button" className="button" onClick={() => onSnooze(times.hour)}>
              {t('reminders.snooze.60')}
            </button>
            <button type="button" className="button" onClick={() => onSnooze(times.tomorrow)}>
              {t('reminders.snooze.tomorrow')}
            </button>
          </div>
        </details>
        <button type="button" className="link" aria-label={t('reminders.cancelFor', { text: reminder.text })} onClick={onCancel}>
          {t('reminders.cancel')}
        </button>
      </div>
      {repeat !== 'none' && (
        <details className="occurrences" onToggle={(event) => event.currentTarget.open && void loadNext()}>
          <summary>{t('reminders.nextTimes')}</summary>
          {nextError !== null ? (
            <p role="alert">{nextError}</p>
          ) : next === null ? (
            <p>{t('reminders.loading')}</p>
          ) : (
            <ul>
              {next.map((at) => (
                <li key={at}>{whenText(t, at, zone, locale)}</li>
              ))}
            </ul>
          )}
        </details>
      )}
    </li>
  );
}

/** A labelled select with its errors tied to it, as Field does for inputs. */
function SelectField({ label, name, errors, children }: { label: string; name: string; errors?: readonly string[] | undefined; children: ReactNode }) {
  const id = useId();
  const invalid = errors !== undefined && errors.length > 0;
  return (
    <div className={invalid ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      <select id={id} name={name} aria-invalid={invalid} {...(invalid ? { 'aria-describedby': `${id}-error` } : {})}>
        {children}
      </select>
      {invalid && (
        <ul className="error" id={`${id}-error`}>
          {errors.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
    </div>
  );
}

