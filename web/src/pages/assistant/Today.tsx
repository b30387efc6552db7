import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { ApiClient } from '../../api/client';
import { addTask, completeTask, openTasks, type Task } from '../../api/tasks';
import { useT } from '../../i18n';
import { PendingMark } from '../../offline/OfflineBanner';
import { useSession } from '../../session';
import { explain, Field, Notice, Screen } from '../../ui';

/**
 * The signed-in home: the open tasks, the oldest first as the next action, one field to add a
 * task and one tap to complete one. (Reminders, highlights and undo come with the rest of issue 14.)
 */
export function Today({ api }: { api: ApiClient }) {
  const t = useT();
  const name = useSession().me?.displayName ?? null;
  const input = useRef<HTMLInputElement>(null);
  const [tasks, setTasks] = useState<readonly Task[] | null>(null);
  const [notice, setNotice] = useState<{ kind: 'error' | 'ok'; text: string } | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void openTasks(api).then((result) => {
      if (!live) return;
      if (result.ok) setTasks(result.value.items);
      else setNotice({ kind: 'error', text: explain(result, t, []).notice ?? t('common.unexpected') });
    });
    return () => {
      live = false;
    };
  }, [api, t]);

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
      setNotice(null);
      setTasks((current) => [...(current ?? []), result.value]);
    } else {
      const explained = explain(result, t, ['title']);
      setErrors(explained.fields);
      setNotice(explained.notice === null ? null : { kind: 'error', text: explained.notice });
    }
    input.current?.focus();
  }

  async function complete(task: Task) {
    const result = await completeTask(api, task.id, task.title);
    if (result.ok) {
      setTasks((current) => (current ?? []).filter((other) => other.id !== task.id));
      setNotice({ kind: 'ok', text: t('today.done', { title: task.title }) });
    } else {
      setNotice({ kind: 'error', text: explain(result, t, []).notice ?? t('common.unexpected') });
    }
    input.current?.focus();
  }

  const [next, ...rest] = tasks ?? [];
  return (
    <Screen title={t('today.title')}>
      {name !== null && <p className="greeting">{t('today.greeting', { name })}</p>}
      {notice !== null && <Notice kind={notice.kind}>{notice.text}</Notice>}
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
        <button type="submit" className="button primary" disabled={busy}>
          {t('today.add.submit')}
        </button>
      </form>
      {tasks === null ? (
        <p aria-live="polite">{t('today.loading')}</p>
      ) : next === undefined ? (
        <p className="empty">{t('today.empty')}</p>
      ) : (
        <>
          <ul className="tasks next" aria-label={t('today.title')}>
            <TaskItem task={next} onComplete={complete} />
          </ul>
          {rest.length > 0 && (
            <>
              <h2>{t('today.next')}</h2>
              <ul className="tasks">
                {rest.map((task) => (
                  <TaskItem key={task.id} task={task} onComplete={complete} />
                ))}
              </ul>
            </>
          )}
        </>
      )}
    </Screen>
  );
}

function TaskItem({ task, onComplete }: { task: Task; onComplete: (task: Task) => Promise<void> }) {
  const t = useT();
  return (
    <li className="task">
      <button
        type="button"
        className="complete"
        aria-label={t('today.complete', { title: task.title })}
        onClick={() => void onComplete(task)}
      >
        <span aria-hidden="true" className="check" />
      </button>
      <span className="title">{task.title}</span>
      {task.pending === true ? (
        <PendingMark id={task.id} />
      ) : (
        <span className="number" aria-hidden="true">
          {task.number}
        </span>
      )}
    </li>
  );
}
