import { useEffect, useMemo, useRef, useState, type FormEvent } from 'react';
import { CHANNELS, preferences as loadPreferences, savePreferences, updateProfile, type Channel, type ProfileChange } from '../../api/account';
import type { ApiClient, Me } from '../../api/client';
import { useT } from '../../i18n';
import type { MessageKey } from '../../i18n/en';
import { useSession } from '../../session';
import { explain, Field, Link, Notice, Screen, useFocusFirstInvalid } from '../../ui';
import { CheckField, SelectField, useFormat } from './controls';
import { formOf, preferencesOf, supportedTimeZones, timeZoneChoices, toggleChannel, type PreferencesForm } from './logic';

const PROFILE_FIELDS = ['displayName', 'timezone', 'locale', 'smsConsent'] as const;
const PREFERENCE_FIELDS = ['quietHours', 'quietHours.start', 'quietHours.end', 'nagIntervalMinutes', 'maxNags', 'checkInTime', 'reminderChannels'] as const;

/** The languages, each named in itself. */
const LANGUAGES = [
  { code: 'en', name: 'English' },
  { code: 'fr', name: 'Français' },
] as const;

/** A refusal's sentence, or the key of the news (worded at render: saving the language changes it). */
type Status = { kind: 'error'; text: string } | { kind: 'ok'; key: MessageKey } | null;

/** `/profile`: how the person is addressed, their zone, language and SMS consent; then their reminder preferences. */
export function Profile({ api }: { api: ApiClient }) {
  const t = useT();
  const { me } = useSession();
  return (
    <Screen title={t('profile.title')}>
      {me === null ? <p aria-live="polite">{t('account.loading')}</p> : <ProfileForm api={api} me={me} key={me.id} />}
      <PreferencesSection api={api} me={me} />
    </Screen>
  );
}

function ProfileForm({ api, me }: { api: ApiClient; me: Me }) {
  const t = useT();
  const format = useFormat();
  const { reload } = useSession();
  const form = useRef<HTMLFormElement>(null);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  const zones = useMemo(() => timeZoneChoices(me.timezone, supportedTimeZones()), [me.timezone]);
  useFocusFirstInvalid(form, errors);

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const consent = data.get('smsConsent') === 'on';
    const locale = data.get('locale') === 'fr' ? 'fr' : 'en';
    const change: ProfileChange = {
      displayName: String(data.get('displayName') ?? ''),
      timezone: String(data.get('timezone') ?? ''),
      locale,
      // Only a change of mind is sent: giving it again would keep the first time anyway.
      ...(consent !== (me.smsConsent !== null) ? { smsConsent: consent } : {}),
    };
    setBusy(true);
    const result = await updateProfile(api, change);
    if (result.ok) {
      // The language, the zone and the name change everywhere at once.
      await reload();
      setBusy(false);
      setErrors({});
      setStatus({ kind: 'ok', key: 'account.saved' });
      return;
    }
    setBusy(false);
    const explained = explain(result, t, PROFILE_FIELDS);
    setErrors(explained.fields);
    setStatus(explained.notice === null ? null : { kind: 'error', text: explained.notice });
  }

  const consent = me.smsConsent;
  return (
    <section aria-labelledby="profile-about">
      <h2 id="profile-about">{t('profile.about')}</h2>
      {status !== null && <Notice kind={status.kind}>{status.kind === 'ok' ? t(status.key) : status.text}</Notice>}
      <form ref={form} onSubmit={(event) => void submit(event)} noValidate>
        <Field label={t('profile.name')} name="displayName" autoComplete="name" defaultValue={me.displayName} maxLength={100} required errors={errors.displayName} />
        <SelectField label={t('profile.timezone')} hint={t('profile.timezoneHint')} name="timezone" defaultValue={me.timezone} errors={errors.timezone}>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {zone.replace(/_/g, ' ')}
            </option>
          ))}
        </SelectField>
        <fieldset className={errors.locale !== undefined ? 'choices invalid' : 'choices'}>
          <legend>{t('profile.language')}</legend>
          {LANGUAGES.map((language) => (
            <CheckField
              key={language.code}
              type="radio"
              name="locale"
              value={language.code}
              defaultChecked={me.locale === language.code}
              label={<span lang={language.code}>{language.name}</span>}
            />
          ))}
          {errors.locale !== undefined && <ul className="error">{errors.locale.map((message) => <li key={message}>{message}</li>)}</ul>}
        </fieldset>
        <CheckField
          name="smsConsent"
          label={t('profile.consent')}
          hint={
            t('profile.consentHint') +
            ' ' +
            (consent === null ? t('profile.consent.none') : t(consent.source === 'sms' ? 'profile.consent.sms' : 'profile.consent.profile', { date: format.when(consent.at) }))
          }
          defaultChecked={consent !== null}
          errors={errors.smsConsent}
        />
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.working') : t('account.save')}
        </button>
      </form>
    </section>
  );
}

function PreferencesSection({ api, me }: { api: ApiClient; me: Me | null }) {
  const t = useT();
  const [form, setForm] = useState<PreferencesForm | null>(null);
  const [loadError, setLoadError] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    void loadPreferences(api).then((result) => {
      if (!live) return;
      if (result.ok) setForm(formOf(result.value));
      else setLoadError(explain(result, t, []).notice ?? t('common.unexpected'));
    });
    return () => {
      live = false;
    };
  }, [api, t]);

  return (
    <section aria-labelledby="prefs-title">
      <h2 id="prefs-title">{t('prefs.title')}</h2>
      {loadError !== null && <Notice kind="error">{loadError}</Notice>}
      {form === null ? loadError === null && <p aria-live="polite">{t('account.loading')}</p> : <PreferencesForm api={api} me={me} initial={form} />}
    </section>
  );
}

function PreferencesForm({ api, me, initial }: { api: ApiClient; me: Me | null; initial: PreferencesForm }) {
  const t = useT();
  const formElement = useRef<HTMLFormElement>(null);
  const [form, setForm] = useState(initial);
  const [errors, setErrors] = useState<Record<string, string[]>>({});
  const [status, setStatus] = useState<Status>(null);
  const [busy, setBusy] = useState(false);
  useFocusFirstInvalid(formElement, errors);
  const set = (change: Partial<PreferencesForm>) => setForm((current) => ({ ...current, ...change }));
  const smsReady = me !== null && me.phone !== undefined && me.phone !== null && me.smsConsent !== null;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (form.reminderChannels.length === 0) {
      setErrors({ reminderChannels: [t('prefs.channelsNeeded')] });
      setStatus(null);
      return;
    }
    setBusy(true);
    const result = await savePreferences(api, preferencesOf(form));
    setBusy(false);
    if (result.ok) {
      setForm(formOf(result.value));
      setErrors({});
      setStatus({ kind: 'ok', key: 'account.saved' });
      return;
    }
    const explained = explain(result, t, PREFERENCE_FIELDS);
    // The ranges are known here: said in the person's language rather than the API's English.
    if (explained.fields.nagIntervalMinutes !== undefined) explained.fields.nagIntervalMinutes = [t('prefs.nagIntervalRange')];
    if (explained.fields.maxNags !== undefined) explained.fields.maxNags = [t('prefs.maxNagsRange')];
    setErrors(explained.fields);
    setStatus(explained.notice === null ? null : { kind: 'error', text: explained.notice });
  }

  const quietErrors = [...(errors.quietHours ?? [])];
  return (
    <>
      {status !== null && <Notice kind={status.kind}>{status.kind === 'ok' ? t(status.key) : status.text}</Notice>}
      <form ref={formElement} onSubmit={(event) => void submit(event)} noValidate>
        <div className="group">
          <CheckField name="quietOn" label={t('prefs.quiet')} hint={t('prefs.quietHint')} checked={form.quietOn} onChange={(event) => set({ quietOn: event.target.checked })} errors={quietErrors.length > 0 ? quietErrors : undefined} />
          {form.quietOn && (
            <div className="pair">
              <Field label={t('prefs.quietStart')} name="quietStart" type="time" value={form.quietStart} onChange={(event) => set({ quietStart: event.target.value })} errors={errors['quietHours.start']} />
              <Field label={t('prefs.quietEnd')} name="quietEnd" type="time" value={form.quietEnd} onChange={(event) => set({ quietEnd: event.target.value })} errors={errors['quietHours.end']} />
            </div>
          )}
        </div>
        <div className="pair">
          <Field label={t('prefs.nagInterval')} hint={t('prefs.nagIntervalHint')} name="nagIntervalMinutes" type="number" inputMode="numeric" min={1} max={240} value={form.nagIntervalMinutes} onChange={(event) => set({ nagIntervalMinutes: event.target.value })} errors={errors.nagIntervalMinutes} />
          <Field label={t('prefs.maxNags')} hint={t('prefs.maxNagsHint')} name="maxNags" type="number" inputMode="numeric" min={0} max={20} value={form.maxNags} onChange={(event) => set({ maxNags: event.target.value })} errors={errors.maxNags} />
        </div>
        <div className="group">
          <CheckField name="checkInOn" label={t('prefs.checkIn')} hint={t('prefs.checkInHint')} checked={form.checkInOn} onChange={(event) => set({ checkInOn: event.target.checked })} />
          {form.checkInOn && (
            <Field label={t('prefs.checkInTime')} name="checkInTime" type="time" value={form.checkInTime} onChange={(event) => set({ checkInTime: event.target.value })} errors={errors.checkInTime} />
          )}
        </div>
        <fieldset className={errors.reminderChannels !== undefined ? 'choices invalid' : 'choices'} aria-describedby={errors.reminderChannels !== undefined ? 'channels-error' : undefined}>
          <legend>{t('prefs.channels')}</legend>
          {CHANNELS.map((channel: Channel) => (
            <CheckField
              key={channel}
              name={`channel-${channel}`}
              label={t(`prefs.channel.${channel}`)}
              checked={form.reminderChannels.includes(channel)}
              onChange={(event) => set({ reminderChannels: toggleChannel(form.reminderChannels, channel, event.target.checked) })}
              {...(channel === 'sms' ? { hint: smsReady && me.phone ? t('prefs.smsReady', { phone: me.phone }) : t('prefs.smsNeeds') } : {})}
            />
          ))}
          {errors.reminderChannels !== undefined && (
            <ul className="error" id="channels-error">
              {errors.reminderChannels.map((message) => (
                <li key={message}>{message}</li>
              ))}
            </ul>
          )}
          {!smsReady && (
            <p className="secondary">
              <Link href="/security">{t('numbers.toSecurity')}</Link>
            </p>
          )}
        </fieldset>
        <button type="submit" className="button primary" disabled={busy}>
          {busy ? t('common.working') : t('account.save')}
        </button>
      </form>
    </>
  );
}
