import { type FormEvent } from 'react';
import { audit, type AuditEntry, type AuditFilters } from '../../../api/admin';
import type { ApiClient } from '../../../api/client';
import { type Translate, useT } from '../../../i18n';
import { Field, Screen } from '../../../ui';
import { AdminNav, Loaded, SelectField, ShowMore, Table, useFormat, usePages } from '../controls';
import { localToInstant } from '../logic';

const FILTERS = ['actor', 'subject', 'action', 'decision', 'category', 'from', 'to'] as const;

/** `/admin/audit`: the audit trail, newest first, by who acted, whose account, action, decision, kind and time. */
export function AdminAudit({ api, query }: { api: ApiClient; query: URLSearchParams }) {
  const t = useT();
  const format = useFormat();
  const { query: filters, found, refused, errors, busy, search, more } = usePages<AuditFilters, AuditEntry>(
    api,
    audit,
    () => ({ subject: query.get('subject') ?? '', actor: query.get('actor') ?? '', category: query.get('category') ?? '' }),
    FILTERS,
  );

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const text = (name: string) => String(data.get(name) ?? '');
    search({
      actor: text('actor'),
      subject: text('subject'),
      action: text('action'),
      decision: text('decision'),
      category: text('category'),
      from: localToInstant(text('from')),
      to: localToInstant(text('to')),
    });
  }

  const folded = (filters.subject ?? '') === '' && (filters.actor ?? '') === '' && (filters.category ?? '') === '';
  return (
    <Screen title={t('admin.audit.title')}>
      <AdminNav />
      <details className="filters" open={!folded || Object.keys(errors).length > 0}>
        <summary>{t('admin.audit.filters')}</summary>
        <form onSubmit={submit} noValidate>
          <div className="pair">
            <Field label={t('admin.audit.actor')} name="actor" defaultValue={filters.actor} autoComplete="off" errors={errors.actor} />
            <Field label={t('admin.audit.subject')} name="subject" defaultValue={filters.subject} autoComplete="off" errors={errors.subject} />
          </div>
          <Field label={t('admin.audit.action')} hint={t('admin.audit.actionHint')} name="action" autoComplete="off" errors={errors.action} />
          <div className="pair">
            <SelectField label={t('admin.audit.decision')} name="decision" defaultValue="" errors={errors.decision}>
              <option value="">{t('account.any')}</option>
              <option value="allow">{t('admin.audit.allow')}</option>
              <option value="deny">{t('admin.audit.deny')}</option>
            </SelectField>
            <SelectField label={t('admin.audit.category')} name="category" defaultValue={filters.category} errors={errors.category}>
              <option value="">{t('account.any')}</option>
              <option value="decision">{t('admin.audit.category.decision')}</option>
              <option value="security">{t('admin.audit.category.security')}</option>
              <option value="administration">{t('admin.audit.category.administration')}</option>
            </SelectField>
          </div>
          <div className="pair">
            <Field label={t('admin.audit.from')} name="from" type="datetime-local" errors={errors.from} />
            <Field label={t('admin.audit.to')} name="to" type="datetime-local" errors={errors.to} />
          </div>
          <button type="submit" className="button primary" disabled={busy}>
            {busy ? t('common.working') : t('admin.audit.show')}
          </button>
        </form>
      </details>
      <Loaded value={found} refused={refused}>
        {(found) =>
          found.items.length === 0 ? (
            <p className="empty" role="status">
              {t('admin.audit.empty')}
            </p>
          ) : (
            <>
              <Table
                caption={t('admin.audit.caption')}
                columns={[
                  t('admin.audit.at'),
                  t('admin.audit.category'),
                  t('admin.audit.action'),
                  t('admin.audit.decision'),
                  t('admin.audit.actorColumn'),
                  t('admin.audit.subjectColumn'),
                  t('admin.audit.resource'),
                  t('admin.audit.address'),
                ]}
              >
                {found.items.map((entry, index) => (
                  <tr key={`${entry.at}-${entry.requestId ?? ''}-${String(index)}`}>
                    <th scope="row">{format.when(entry.at)}</th>
                    <td>{categoryName(t, entry.category)}</td>
                    <td>{entry.action}</td>
                    <td>{entry.decision === 'allow' ? t('admin.audit.allow') : entry.decision === 'deny' ? t('admin.audit.deny') : ''}</td>
                    <td className="id">{entry.actorId ?? ''}</td>
                    <td className="id">{entry.subjectId ?? ''}</td>
                    <td>{entry.resource ?? ''}</td>
                    <td>{entry.address ?? ''}</td>
                  </tr>
                ))}
              </Table>
              {found.nextCursor !== null && <ShowMore busy={busy} onMore={more} />}
            </>
          )
        }
      </Loaded>
    </Screen>
  );
}

function categoryName(t: Translate, category: string): string {
  return category === 'decision' || category === 'security' || category === 'administration' ? t(`admin.audit.category.${category}`) : category;
}
