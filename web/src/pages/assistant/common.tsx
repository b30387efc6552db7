import type { ApiResult } from '../../api/client';
import type { Translate } from '../../i18n';
import { explain } from '../../ui';
import { dayOf, formatDate, formatTime } from './time';

/** "today 4:00 PM", "tomorrow 9:00 AM", "Fri, Dec 4, 9:00 AM": an instant as the person reads it in their zone. */
export function whenText(t: Translate, instant: string, zone: string, locale: string, now: Date = new Date()): string {
  const time = formatTime(instant, zone, locale);
  const day = dayOf(instant, zone, now);
  if (day === 'today') return t('when.today', { time });
  if (day === 'tomorrow') return t('when.tomorrow', { time });
  if (day === 'yesterday') return t('when.yesterday', { time });
  return t('when.other', { date: formatDate(instant, zone, locale, now), time });
}

/** One calm sentence for a refused call that has no form. */
export function refusal(result: Extract<ApiResult<unknown>, { ok: false }>, t: Translate): string {
  if (result.status === 404) return t('assistant.gone');
  return explain(result, t, []).notice ?? t('common.unexpected');
}
