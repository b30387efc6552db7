import { useCallback, useEffect, useRef, useState, type FormEvent } from 'react';
import { phoneNumbers, provisionNumber, releaseNumber, smsUsage, type PhoneNumber, type UsageGrouping, type UsageReport } from '../../api/account';
import { allSmsUsage } from '../../api/admin';
import type { ApiClient } from '../../api/client';
import { problemKind } from '../../api/problem';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { can, useSession } from '../../session';
import { explain, Field, Link, Notice, Screen, useFocusFirstInvalid } from '../../ui';
import { Confirm, Loaded, refusal, RefusalNotice, Table, useFormat, type Refusal } from './controls';
import { usageRows } from './logic';

/** The refusals of `POST /phone-numbers`, in the person's words. */
const PROVISION_REFUSALS: Readonly<Record<string, MessageKey>> = {
  forbidden: 'numbers.premium',
  'verified-email-required': 'numbers.needEmail',
  'verified-phone-required': 'numbers.needPhone',
  'number-already-assigned': 'numbers.already',
  'no-number-available': 'numbers.noneForSale',
};

type Status = { kind: 'ok'; text: string } | { kind: 'error'; refused: Refusal; toSecurity: boolean } | null;

/** `/numbers`: the person's number to text the assistant (get one, give it back), and what their texts cost. */
export function Numbers({ api }: { api: ApiClient }) {
  const t = useT();
  const format = useFormat();
  const { me } = useSession();
  const [numbers, setNumbers] = useState<readonly PhoneNumber[] | null>(null);
  const [status, setStatus] = useState<Status>(null);
  const [releasing, setReleasing] = useState<PhoneNumber | null>(null);
  const [busy, setBusy] = useState(false);

  const load = useCallback(
    () =>
      phoneNumbers(api).then((result) => {
        if (result.ok) setNumbers(result.value.items);
        else setStatus({ kind: 'error', refused: refusal(result, t), toSecurity: false });
      }),
    [api, t],
  );
  useEffect(() => {
    void load();
  }, [load]);

  async function release(number: PhoneNumber) {
    setBusy(true);
    const result = await releaseNumber(api, number.id);
    setBusy(false);
    setReleasing(null);
    if (result.ok) setStatus({ kind: 'ok', text: t('numbers.released') });
    else setStatus({ kind: 'error', refused: refusal(result, t), toSecurity: false });
    await load();
  }

  const active = numbers?.find((number) => number.status === 'active') ?? null;
  const earlier = numbers?.filter((number) => number.status !== 'active') ?? [];
  return (
    <Screen title={t('numbers.title')}>
      {status?.kind === 'ok' && <Notice kind="ok">{status.text}</Notice>}
      {status?.kind === 'error' && (
        <>
          <RefusalNotice refused={status.refused} />
          {status.toSecurity && (
            <p className="secondary">
              <Link href="/security">{t('numbers.toSecurity')}</Link>
            </p>
          )}
        </>
      )}
      {numbers === null ? (
        status === null && <p aria-live="polite">{t('account.loading')}</p>
      ) : active !== null ? (
        <section aria-labelledby="number-yours" className="number-card">
          <h2 id="number-yours">{t('numbers.yours')}</h2>
          <p className="number">{active.phoneNumber}</p>
          <p className="hint">{t(active.mode === 'shared' ? 'numbers.sharedHint' : 'numbers.dedicatedHint')}</p>
          <button type="button" className="button" onClick={() => setReleasing(active)}>
            {t('numbers.release')}
          </button>
        </section>
      ) : can(me, 'phone-number:provision') ? (
        <GetNumber
          api={api}
          onGot={(number) => {
            setStatus({ kind: 'ok', text: t('numbers.got', { number: number.phoneNumber }) });
            void load();
          }}
          onRefused={(refused, toSecurity) => setStatus({ kind: 'error', refused, toSecurity })}
        />
      ) : (
        <Notice kind="info">{t('numbers.premium')}</Notice>
      )}
      {earlier.length > 0 && (
        <details className="earlier">
          <summary>{t('numbers.earlier')}</summary>
          <ul>
            {earlier.map((number) => (
              <li key={number.id}>{t('numbers.releasedOn', { number: number.phoneNumber, date: format.day(number.releasedAt ?? number.createdAt) })}</li>
            ))}
          </ul>
        </details>
      )}
      <Usage api={api} />
      {releasing !== null && (
        <Confirm
          title={t('numbers.releaseTitle', { number: releasing.phoneNumber })}
          body={t('numbers.releaseBody')}
          confirm={t('numbers.releaseConfirm')}
          busy={busy}
          onConfirm={() => void release(releasing)}
          onCancel={() => setReleasing(null)}
        />
      )}
    </Screen>
  );
}

function GetNumber({
  api,
  onGot,
  onRefused,
}: {
  api: ApiClient;
  onGot: (number: PhoneNumber) => void;
  onRefused: (refused: Refusal, toSecurity: boolean) => void;
}) {
  const t = useT();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    setBusy(true);
    const result = await provisionNumber(api, String(data.get('areaCode') ?? ''), String(data.get('country') ?? ''));
    setBusy(false);
    if (result.ok) {
      setErrors({});
      onGot(result.value);
      return;
    }
    const explained = explain(result, t, ['areaCode', 'country'], PROVISION_REFUSALS);
    setErrors(explained.fields);
    if (explained.notice !== null) {
      onRefused({ text: explained.notice, secondFactor: false }, problemKind(result.problem) === 'verified-phone-required');
    }
  }

  return (
    <section aria-labelledby="number-get">
      <h2 id="number-get">{t('numbers.get')}</h2>
      <p>{t('numbers.getIntro')}</p>
      <form ref={form} onSubmit={(event) => void submit(event)} noValidate>
        <div className="pair">
          <Field label={t('numbers.areaCode')} hint={t('numbers.areaCodeHint')} name="areaCode" inputMode="numeric" autoComplete="off" maxLength={3} errors={errors.areaCode} />
          <Field label={t('numbers.country')} hint={t('numbers.countryHint')} name="country" autoComplete="country" maxLength={2} errors={errors.country} />
        </div>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.working') : t('numbers.get')}
        </button>
      </form>
    </section>
  );
}

/**
 * The texts and their cost, by month (or by day), as a small table; the administrators' page shows
 * the account and the number of each line too.
 */
export function Usage({ api, everyone = false }: { api: ApiClient; everyone?: boolean }) {
  const t = useT();
  const format = useFormat();
  const [by, setBy] = useState<UsageGrouping>('month');
  const [report, setReport] = useState<{ by: UsageGrouping; value: UsageReport } | null>(null);
  const [refused, setRefused] = useState<Refusal | null>(null);

  useEffect(() => {
    let live = true;
    void (everyone ? allSmsUsage(api, by) : smsUsage(api, by)).then((result) => {
      if (!live) return;
      if (result.ok) {
        setReport({ by, value: result.value });
        setRefused(null);
      } else setRefused(refusal(result, t));
    });
    return () => {
      live = false;
    };
  }, [api, everyone, by, t]);

  const rows = report === null ? [] : usageRows(report.value.items);
  const estimated = rows.some((row) => row.estimated);
  const fees = report?.value.numberFees ?? [];
  return (
    <section aria-labelledby="usage-title" className="usage">
      <h2 id="usage-title">{t('usage.title')}</h2>
      <Loaded
        value={report}
        refused={refused}
        controls={
          <p>
            <button type="button" className="link" onClick={() => setBy(by === 'month' ? 'day' : 'month')}>
              {t(by === 'month' ? 'usage.showDay' : 'usage.showMonth')}
            </button>
          </p>
        }
      >
        {(report) =>
          rows.length === 0 && fees.length === 0 ? (
            <p className="empty">{t('usage.empty')}</p>
          ) : (
            <>
              {rows.length > 0 && (
                <Table
                  caption={t(report.by === 'month' ? 'usage.caption.month' : 'usage.caption.day')}
                  columns={[
                    t('usage.period'),
                    ...(everyone ? [t('usage.account'), t('usage.number')] : []),
                    t('usage.direction'),
                    { label: t('usage.messages'), numeric: true },
                    { label: t('usage.segments'), numeric: true },
                    { label: t('usage.cost'), numeric: true },
                  ]}
                >
                  {rows.map((row, index) => (
                    <tr key={`${row.period}-${row.direction}-${row.accountId ?? ''}-${row.phoneNumber ?? ''}-${String(index)}`}>
                      <th scope="row">{row.period}</th>
                      {everyone && <td className="id">{row.accountId ?? ''}</td>}
                      {everyone && <td>{row.phoneNumber ?? ''}</td>}
                      <td>{row.direction === 'outbound' ? t('usage.outbound') : row.direction === 'inbound' ? t('usage.inbound') : row.direction}</td>
                      <td className="numeric">{row.messages}</td>
                      <td className="numeric">{row.segments}</td>
                      <td className="numeric">
                        {row.estimated ? '≈ ' : ''}
                        {format.money(row.cost, row.currency)}
                      </td>
                    </tr>
                  ))}
                </Table>
              )}
              {estimated && <p className="hint">{t('usage.estimated')}</p>}
              {fees.length > 0 && (
                <Table
                  caption={t('usage.fees')}
                  columns={[t('usage.period'), ...(everyone ? [t('usage.account')] : []), t('usage.number'), { label: t('usage.fee'), numeric: true }]}
                >
                  {fees.map((fee, index) => (
                    <tr key={`${fee.period}-${fee.phoneNumber}-${String(index)}`}>
                      <th scope="row">{fee.period}</th>
                      {everyone && <td className="id">{fee.accountId ?? ''}</td>}
                      <td>{fee.phoneNumber}</td>
                      <td className="numeric">{format.money(fee.cost, fee.currency)}</td>
                    </tr>
                  ))}
                </Table>
              )}
            </>
          )
        }
      </Loaded>
    </section>
  );
}
