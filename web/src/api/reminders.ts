import type { ApiClient, ApiResult, Page } from './client';

/** A reminder as `GET /reminders/{id}` shows it: `dueAt` (UTC) its next time, the end of its snooze when snoozed. */
export interface Reminder {
  readonly id: string;
  readonly number: number;
  readonly text: string;
  readonly dueAt: string | null;
  readonly recurrence: string | null;
  readonly timezone: string;
  readonly status: 'scheduled' | 'snoozed' | 'done' | 'cancelled';
  readonly taskId: string | null;
  readonly snoozedUntil: string | null;
  readonly createdAt: string;
}

export interface NewReminder {
  readonly text: string;
  /** UTC ISO-8601 instant. */
  readonly dueAt: string;
  readonly recurrence?: string;
  readonly timezone: string;
}

/** Whether the reminder still comes (scheduled or snoozed). */
export function active(reminder: Reminder): boolean {
  return reminder.status === 'scheduled' || reminder.status === 'snoozed';
}

/** Every reminder of the person, oldest first (the API's pages followed, at most `pages` of 100). */
export async function allReminders(api: ApiClient, pages = 10): Promise<ApiResult<readonly Reminder[]>> {
  const items: Reminder[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < pages; page++) {
    const query: string = cursor === null ? '' : `&cursor=${encodeURIComponent(cursor)}`;
    const result: ApiResult<Page<Reminder>> = await api.request('GET', `/reminders?limit=100${query}`);
    if (!result.ok) return result;
    items.push(...result.value.items);
    cursor = result.value.nextCursor;
    if (cursor === null) break;
  }
  return { ok: true, status: 200, value: items };
}

export function addReminder(api: ApiClient, reminder: NewReminder): Promise<ApiResult<Reminder>> {
  return api.request('POST', '/reminders', reminder);
}

export function snoozeReminder(api: ApiClient, id: string, until: Date): Promise<ApiResult<Reminder>> {
  return api.request('PATCH', `/reminders/${encodeURIComponent(id)}`, { snoozedUntil: until.toISOString() });
}

export function setReminderStatus(api: ApiClient, id: string, status: 'done' | 'cancelled' | 'scheduled'): Promise<ApiResult<Reminder>> {
  return api.request('PATCH', `/reminders/${encodeURIComponent(id)}`, { status });
}

export function occurrences(api: ApiClient, id: string, count = 3): Promise<ApiResult<{ items: readonly string[] }>> {
  return api.request('GET', `/reminders/${encodeURIComponent(id)}/occurrences?count=${count}`);
}
