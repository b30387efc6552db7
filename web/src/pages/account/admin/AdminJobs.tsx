import { useCallback, useEffect, useState } from 'react';
import { jobs, type Jobs } from '../../../api/admin';
import type { ApiClient } from '../../../api/client';
import { useT } from '../../../i18n';
import { Screen } from '../../../ui';
import { AdminNav, Loaded, refusal, Table, useFormat, type Refusal } from '../controls';

/** `/admin/jobs`: the scheduler's tasks, the queues, the recent failures. */
export function AdminJobs({ api }: { api: ApiClient }) {
  const t = useT();
  const format = useFormat();
  const [value, setValue] = useState<Jobs | null>(null);
  const [refused, setRefused] = useState<Refusal | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    () =>
      jobs(api).then((result) => {
        setBusy(false);
        if (result.ok) {
          setValue(result.value);
          setRefused(null);
        } else setRefused(refusal(result, t));
      }),
    [api, t],
  );
  useEffect(() => {
    void load();
  }, [load]);

  const never = (iso: string | null) => (iso === null ? t('admin.jobs.never') : format.when(iso));
  const stateName = (state: string) =>
    state === 'running' || state === 'failing' || state === 'scheduled' ? t(`admin.jobs.state.${state}`) : state;
  return (
    <Screen title={t('admin.jobs.title')}>
      <AdminNav />
      <Loaded
        value={value}
        refused={refused}
        controls={
          <p>
            <button
              type="button"
              className="button"
              disabled={busy}
              onClick={() => {
                setBusy(true);
                void load();
              }}
            >
              {busy ? t('common.working') : t('admin.jobs.refresh')}
            </button>
          </p>
        }
      >
        {(value) => (
          <>
            <h2>{t('admin.jobs.scheduler')}</h2>
            <Table
              caption={t('admin.jobs.scheduler')}
              captionHidden
              columns={[
                t('admin.jobs.name'),
                t('admin.jobs.state'),
                t('admin.jobs.nextRun'),
                t('admin.jobs.lastSuccess'),
                t('admin.jobs.lastFailure'),
                { label: t('admin.jobs.failures'), numeric: true },
              ]}
            >
              {value.scheduler.map((task) => (
                <tr key={task.name} className={task.state === 'failing' ? 'failing' : undefined}>
                  <th scope="row">{task.name}</th>
                  <td>{stateName(task.state)}</td>
                  <td>{never(task.nextRunAt)}</td>
                  <td>{never(task.lastSuccessAt)}</td>
                  <td>{never(task.lastFailureAt)}</td>
                  <td className="numeric">{task.consecutiveFailures}</td>
                </tr>
              ))}
            </Table>
            <h2>{t('admin.jobs.queues')}</h2>
            <Table
              caption={t('admin.jobs.queues')}
              captionHidden
              columns={[
                t('admin.jobs.queue'),
                { label: t('admin.jobs.due'), numeric: true },
                { label: t('admin.jobs.retrying'), numeric: true },
                { label: t('admin.jobs.deadLetters'), numeric: true },
              ]}
            >
              {value.queues.map((queue) => (
                <tr key={queue.name}>
                  <th scope="row">{queue.name}</th>
                  <td className="numeric">{queue.due}</td>
                  <td className="numeric">{queue.retrying}</td>
                  <td className="numeric">{queue.deadLetters}</td>
                </tr>
              ))}
            </Table>
            <h2>{t('admin.jobs.failuresTitle')}</h2>
            {value.recentFailures.length === 0 ? (
              <p className="empty">{t('admin.jobs.noFailure')}</p>
            ) : (
              <Table
                caption={t('admin.jobs.failuresTitle')}
                captionHidden
                columns={[t('admin.jobs.source'), t('admin.audit.at'), t('admin.jobs.error')]}
              >
                {value.recentFailures.map((failure, index) => (
                  <tr key={`${failure.source}-${failure.at}-${String(index)}`}>
                    <th scope="row">{failure.source}</th>
                    <td>{format.when(failure.at)}</td>
                    <td className="error-text">{failure.error}</td>
                  </tr>
                ))}
              </Table>
            )}
          </>
        )}
      </Loaded>
    </Screen>
  );
}
