import { useEffect, useId, useRef, type AnchorHTMLAttributes, type FormEvent, type InputHTMLAttributes, type ReactNode, type Ref, type RefObject } from 'react';
import { navigate } from './router';
import type { ApiResult } from './api/client';
import { fieldMessages, problemKind } from './api/problem';
import type { MessageKey } from './i18n/en';
import { useT, type Translate } from './i18n';
import { localizeApiMessage } from './i18n/apiMessages';

/** One screen: its title (focused when the screen opens, so a screen reader announces it) and its content. */
export function Screen({ title, children }: { title: string; children: ReactNode }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = title;
    heading.current?.focus();
  }, [title]);
  return (
    <section className="screen" aria-labelledby="screen-title">
      <h1 id="screen-title" tabIndex={-1} ref={heading}>
        {title}
      </h1>
      {children}
    </section>
  );
}

type FieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'id'> & {
  label: string;
  hint?: string | undefined;
  errors?: readonly string[] | undefined;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled input, its hint and its errors tied to it for assistive technologies. */
export function Field({ label, hint, errors, ...input }: FieldProps) {
  const id = useId();
  const invalid = errors !== undefined && errors.length > 0;
  const described = [hint !== undefined ? `${id}-hint` : null, invalid ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <div className={invalid ? 'field invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint !== undefined && (
        <p className="hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      <input id={id} aria-invalid={invalid} {...(described !== '' ? { 'aria-describedby': described } : {})} {...input} />
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

type CodeFormProps = {
  label: string;
  hint?: string | undefined;
  /** The field's name (`code` unless said). */
  name?: string | undefined;
  errors: readonly string[] | undefined;
  busy: boolean;
  /** The submit button's words ("Confirm" unless said). */
  submit?: string | undefined;
  /** What was typed, as typed: the page cleans and checks it, and sets `errors`. */
  onCode: (typed: string) => void;
  /** What the code is, when not six digits: a backup code, or the password the step-up prompt also takes. */
  input?: Pick<InputHTMLAttributes<HTMLInputElement>, 'type' | 'autoComplete' | 'inputMode' | 'maxLength' | 'autoFocus'> | undefined;
  /** Above the field, in the form (e.g. "we texted a code to ..."). */
  before?: ReactNode;
  /** Buttons beside the submit one (cancel, send again); they sit together in `.actions`. */
  actions?: ReactNode;
  ref?: Ref<HTMLFormElement>;
};

/**
 * The form that takes a one-time code (authenticator, texted code, step-up): a labelled field with the
 * numeric keyboard and the browser's one-time-code autofill, and its submit button, busy while the
 * call runs. A new error under the field takes the keyboard there, so a screen reader says it.
 */
export function CodeForm({ label, hint, name = 'code', errors, busy, submit, onCode, input, before, actions, ref }: CodeFormProps) {
  const t = useT();
  const field = useRef<HTMLInputElement>(null);
  useEffect(() => {
    if (errors !== undefined && errors.length > 0) field.current?.focus();
  }, [errors]);
  const button = (
    <button type="submit" className="button primary" disabled={busy}>
      {busy ? t('common.working') : (submit ?? t('code.confirm'))}
    </button>
  );
  return (
    <form
      ref={ref}
      onSubmit={(event: FormEvent<HTMLFormElement>) => {
        event.preventDefault();
        onCode(String(new FormData(event.currentTarget).get(name) ?? ''));
      }}
      noValidate
    >
      {before}
      <Field
        ref={field}
        label={label}
        hint={hint}
        name={name}
        inputMode="numeric"
        autoComplete="one-time-code"
        maxLength={7}
        required
        errors={errors}
        {...input}
      />
      {actions === undefined ? (
        button
      ) : (
        <div className="actions">
          {button}
          {actions}
        </div>
      )}
    </form>
  );
}

/**
 * An "are you sure" in the page, for a change that is easy to redo: the question naming a group with
 * its two answers, yes (busy while the call runs) and no.
 */
export function Question({
  question,
  yes,
  no,
  busy,
  primary = false,
  onYes,
  onNo,
}: {
  question: string;
  yes: string;
  no: string;
  busy: boolean;
  /** Yes is the screen's primary button. */
  primary?: boolean;
  onYes: () => void;
  onNo: () => void;
}) {
  const id = useId();
  return (
    <div className="confirm" role="group" aria-labelledby={id}>
      <p id={id}>{question}</p>
      <div className="actions">
        <button type="button" className={primary ? 'button primary' : 'button'} disabled={busy} onClick={onYes}>
          {yes}
        </button>
        <button type="button" className="button" onClick={onNo}>
          {no}
        </button>
      </div>
    </div>
  );
}

/** A message about the whole screen: `alert` for a refusal, `status` for news. */
export function Notice({ kind, children }: { kind: 'error' | 'ok' | 'info'; children: ReactNode }) {
  return (
    <div className={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/** A link inside the app: no page load, the router moves. */
export function Link({ href, children, ...rest }: AnchorHTMLAttributes<HTMLAnchorElement> & { href: string }) {
  return (
    <a
      href={href}
      onClick={(event) => {
        if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
        event.preventDefault();
        navigate(href);
      }}
      {...rest}
    >
      {children}
    </a>
  );
}

export interface Explained {
  readonly fields: Record<string, string[]>;
  readonly notice: string | null;
}

/**
 * What a refused call means for a form: the API's per-field messages (`errors[]` of a 422, the
 * password policy's in the app's language) under the fields shown, and one sentence for the rest,
 * from `known` (problem type to message) or the general cases (network, rate limit, server error).
 */
export function explain(
  result: Extract<ApiResult<unknown>, { ok: false }>,
  t: Translate,
  shown: readonly string[],
  known: Readonly<Record<string, MessageKey>> = {},
  renamed: Readonly<Record<string, string>> = {},
): Explained {
  const kind = problemKind(result.problem);
  const fields: Record<string, string[]> = {};
  for (const [field, messages] of Object.entries(fieldMessages(result.problem, shown, renamed))) {
    fields[field] = messages.map((message) => localizeApiMessage(message, t));
  }
  const unshown = fields[''];
  delete fields[''];
  const knownKey = known[kind];
  let notice: string | null;
  if (knownKey !== undefined) notice = t(knownKey);
  else if (result.status === 0) notice = t('common.networkError');
  else if (result.status === 429) notice = t('common.rateLimited', { seconds: result.retryAfter ?? 60 });
  else if (result.status === 422 && unshown === undefined) notice = t('common.fixFields');
  else if (unshown !== undefined) notice = unshown.join(' ');
  else if (result.status >= 500) notice = t('common.unexpected');
  else notice = result.problem.detail ?? result.problem.title;
  return { fields, notice };
}

/** Puts the keyboard on the first field that has an error, after the screen shows it. */
export function useFocusFirstInvalid(form: RefObject<HTMLFormElement | null>, errors: Record<string, string[]>) {
  useEffect(() => {
    if (Object.keys(errors).length > 0) {
      form.current?.querySelector<HTMLInputElement>('[aria-invalid="true"]')?.focus();
    }
  }, [form, errors]);
}
