import { useContext, useEffect, useId, useRef, useState, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes } from 'react';
import type { ApiClient, ApiResult, Page } from '../../api/client';
import { problemKind } from '../../api/problem';
import { LocaleContext, type Translate, useT } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { useLocation } from '../../router';
import { can, useSession } from '../../session';
import { explain, Link, Notice } from '../../ui';
import { day, money, when } from './logic';

/*
 * What the account and administration pages share: a labelled select and checkbox (as `Field` is
 * for inputs), a confirmation dialog, a table that scrolls sideways on a phone, the refusal notice
 * that links to Security when administration needs a second factor (and `Loaded`, which shows it or
 * "Loading…" before what a page loaded), and the administration's own navigation.
 */

function describedBy(id: string, hint: boolean, invalid: boolean): { 'aria-describedby'?: string } {
  const ids = [hint ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(' ');
  return ids === '' ? {} : { 'aria-describedby': ids };
}

function Errors({ id, errors }: { id: string; errors: readonly string[] | undefined }) {
  if (errors === undefined || errors.length === 0) return null;
  return (
    <ul className="error" id={`${id}-error`}>
      {errors.map((message) => (
        <li key={message}>{message}</li>
      ))}
    </ul>
  );
}

type SelectProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'> & {
  label: string;
  hint?: string;
  errors?: readonly string[] | undefined;
  children: ReactNode;
};

/** A labelled select, its hint and its errors tied to it. */
export function SelectField({ label, hint, errors, children, ...select }: SelectProps) {
  const id = useId();
  const invalid = errors !== undefined && errors.length > 0;
  return (
    <div className={invalid ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <select id={id} aria-invalid={invalid} {...describedBy(id, hint !== undefined, invalid)} {...select}>
        {children}
      </select>
      <Errors id={id} errors={errors} />
    </div>
  );
}

type CheckProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'type'> & {
  label: ReactNode;
  hint?: string;
  errors?: readonly string[] | undefined;
  type?: 'checkbox' | 'radio';
};

/** A checkbox (or radio) with its label beside it, the whole row a large target. */
export function CheckField({ label, hint, errors, type = 'checkbox', ...input }: CheckProps) {
  const id = useId();
  const invalid = errors !== undefined && errors.length > 0;
  return (
    <div className={invalid ? 'check-field invalid' : 'check-field'}>
      <div className="check-row">
        <input id={id} type={type} aria-invalid={invalid} {...describedBy(id, hint !== undefined, invalid)} {...input} />
        <label htmlFor={id}>{label}</label>
      </div>
      {hint !== undefined && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <Errors id={id} errors={errors} />
    </div>
  );
}

/**
 * A question before a change that matters: a modal dialog (the page behind inert, Escape or Cancel
 * closes it, focus goes back where it was). Cancel has the focus first: the calm choice.
 */
export function Confirm({
  title,
  body,
  confirm,
  busy,
  onConfirm,
  onCancel,
}: {
  title: string;
  body: string;
  confirm: string;
  busy: boolean;
  onConfirm: () => void;
  onCancel: () => void;
}) {
  const t = useT();
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const id = useId();
  useEffect(() => {
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    const element = dialog.current;
    if (element !== null && !element.open) element.showModal();
    cancel.current?.focus();
    return () => {
      if (element?.open === true) element.close();
      opener?.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      className="confirm"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-body`}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={`${id}-title`}>{title}</h2>
      <p id={`${id}-body`}>{body}</p>
      <div className="confirm-actions">
        <button type="button" className="button primary" disabled={busy} onClick={onConfirm}>
          {busy ? t('common.working') : confirm}
        </button>
        <button type="button" className="button" ref={cancel} onClick={onCancel}>
          {t('account.cancel')}
        </button>
      </div>
    </dialog>
  );
}

/** A column of a `Table`: its heading, or its heading and `numeric` (right-aligned, as its cells). */
export type Column = string | { readonly label: string; readonly numeric: true };

/**
 * A table with its caption, its column headings and `children` its rows; on a narrow screen it
 * scrolls sideways inside a focusable region. The caption shows above the region (it would scroll
 * away inside it) and names the table and the region.
 */
export function Table({
  caption,
  columns,
  children,
  captionHidden = false,
}: {
  caption: string;
  columns: readonly Column[];
  children: ReactNode;
  captionHidden?: boolean;
}) {
  const t = useT();
  const id = useId();
  return (
    <div className="table-block">
      {!captionHidden && (
        <p className="table-caption" aria-hidden="true">
          {caption}
          <span className="scroll-hint"> {t('account.scrollHint')}</span>
        </p>
      )}
      <div className="table-scroll" role="region" aria-labelledby={id} tabIndex={0}>
        <table>
          <caption id={id} className="visually-hidden">
            {caption}
          </caption>
          <thead>
            <tr>
              {columns.map((column) =>
                typeof column === 'string' ? (
                  <th scope="col" key={column}>
                    {column}
                  </th>
                ) : (
                  <th scope="col" className="numeric" key={column.label}>
                    {column.label}
                  </th>
                ),
              )}
            </tr>
          </thead>
          <tbody>{children}</tbody>
        </table>
      </div>
    </div>
  );
}

/** How dates and costs read for the signed-in person: their language and their time zone. */
export function useFormat() {
  const { locale } = useContext(LocaleContext);
  const zone = useSession().me?.timezone ?? 'UTC';
  return {
    when: (iso: string | null | undefined) => when(iso, locale, zone),
    day: (iso: string) => day(iso, locale, zone),
    money: (cost: string, currency: string) => money(cost, currency, locale),
  };
}

export type Refusal = { readonly text: string; readonly secondFactor: boolean };

/** A refused call as one sentence for the screen, from the problem types this screen expects. */
export function refusal(
  result: Extract<ApiResult<unknown>, { ok: false }>,
  t: Translate,
  known: Readonly<Record<string, MessageKey>> = {},
): Refusal {
  const kind = problemKind(result.problem);
  const text =
    explain(result, t, [], { forbidden: 'account.forbidden', 'second-factor-required': 'admin.secondFactor', ...known }).notice ??
    t('common.unexpected');
  return { text, secondFactor: kind === 'second-factor-required' };
}

/** The refusal in an alert; when administration needs a second factor, the way to Security. */
export function RefusalNotice({ refused }: { refused: Refusal }) {
  const t = useT();
  return (
    <Notice kind="error">
      {refused.text}
      {refused.secondFactor && (
        <>
          {' '}
          <Link href="/security">{t('admin.toSecurity')}</Link>
        </>
      )}
    </Notice>
  );
}

/**
 * What a page loads, as it stands: the refusal first (with the way to Security when administration
 * needs a second factor), then `controls` (refresh, another grouping), then "Loading…" until the
 * first answer, and `children` with the value once there is one (a later refusal keeps it shown).
 */
export function Loaded<T>({
  value,
  refused,
  controls,
  children,
}: {
  value: T | null;
  refused: Refusal | null;
  controls?: ReactNode;
  children: (value: T) => ReactNode;
}) {
  const t = useT();
  return (
    <>
      {refused !== null && <RefusalNotice refused={refused} />}
      {controls}
      {value === null ? refused === null && <p aria-live="polite">{t('account.loading')}</p> : children(value)}
    </>
  );
}

/**
 * A list the API gives page by page, for the filters of a form: `search` starts it again (busy until
 * the answer), `more` adds the next page. A refusal is `refused`, with its messages under the form's
 * `fields` in `errors`. `list` and `fields` are module constants (a new one each render would ask again).
 */
export function usePages<Q extends { readonly cursor?: string | null | undefined }, T>(
  api: ApiClient,
  list: (api: ApiClient, query: Q) => Promise<ApiResult<Page<T>>>,
  initial: Q | (() => Q),
  fields: readonly string[],
) {
  const t = useT();
  const [query, setQuery] = useState<Q>(initial);
  const [found, setFound] = useState<Page<T> | null>(null);
  const [refused, setRefused] = useState<Refusal | null>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [busy, setBusy] = useState(false);

  useEffect(() => {
    let live = true;
    void list(api, query).then((result) => {
      if (!live) return;
      if (result.ok) {
        setFound((current) => ({
          items: query.cursor !== undefined && query.cursor !== null ? [...(current?.items ?? []), ...result.value.items] : result.value.items,
          nextCursor: result.value.nextCursor,
        }));
        setRefused(null);
        setErrors({});
      } else {
        setErrors(explain(result, t, fields).fields);
        setRefused(refusal(result, t));
      }
      setBusy(false);
    });
    return () => {
      live = false;
    };
  }, [api, list, query, fields, t]);

  const search = (next: Q) => {
    setBusy(true);
    setQuery(next);
  };
  const more = () => {
    if (found === null || found.nextCursor === null) return;
    const cursor = found.nextCursor;
    setBusy(true);
    setQuery((current) => ({ ...current, cursor }));
  };
  return { query, found, refused, errors, busy, search, more };
}

/** "Show more", under a list with a next page. */
export function ShowMore({ busy, onMore }: { busy: boolean; onMore: () => void }) {
  const t = useT();
  return (
    <button type="button" className="button" disabled={busy} onClick={onMore}>
      {t('account.showMore')}
    </button>
  );
}

const ADMIN_PAGES: readonly { path: string; label: MessageKey; permission: string }[] = [
  { path: '/admin/users', label: 'admin.nav.users', permission: 'user:manage' },
  { path: '/admin/audit', label: 'admin.nav.audit', permission: 'audit:read' },
  { path: '/admin/jobs', label: 'admin.nav.jobs', permission: 'job:read' },
  { path: '/admin/sms', label: 'admin.nav.sms', permission: 'sms-usage:read-all' },
];

/** The administration's pages the person may open, the current one marked. */
export function AdminNav() {
  const t = useT();
  const { me } = useSession();
  const { path } = useLocation();
  const pages = ADMIN_PAGES.filter((page) => can(me, page.permission));
  return (
    <nav aria-label={t('admin.nav.label')} className="admin-nav">
      <ul>
        {pages.map((page) => (
          <li key={page.path}>
            <Link href={page.path} aria-current={path.startsWith(page.path) ? 'page' : undefined}>
              {t(page.label)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
