import { active, type Reminder } from '../../api/reminders';
import type { Task } from '../../api/tasks';
import { dayBounds } from './time';

/** One thing of the day: a reminder due today or an open task. */
export type Item = { readonly kind: 'reminder'; readonly reminder: Reminder } | { readonly kind: 'task'; readonly task: Task };

export interface TodayPlan {
  /** The one thing to do next, or null on a day with nothing. */
  readonly next: Item | null;
  /** At most three more, shown in sight. */
  readonly highlights: readonly Item[];
  /** Everything else, folded. */
  readonly rest: readonly Item[];
}

/** How many items the assistant's check-in highlights (TodayList.HIGHLIGHTED). */
export const HIGHLIGHTED = 3;

export function itemKey(item: Item): string {
  return item.kind === 'reminder' ? `r:${item.reminder.id}` : `t:${item.task.id}`;
}

function time(value: string): number {
  return new Date(value).getTime();
}

/**
 * The day as the assistant tells it (TodayList in the application module): today's reminders still
 * to answer (scheduled or snoozed, due today in the person's zone, fired ones included), soonest
 * first, then the open tasks, oldest first. Next is a reminder already due, else the oldest open
 * task, else the next reminder today; the highlights are the check-in's first three without it.
 */
export function planToday(reminders: readonly Reminder[], tasks: readonly Task[], zone: string, now: Date = new Date()): TodayPlan {
  const { start, end } = dayBounds(zone, now);
  const todays = reminders
    .filter((reminder) => active(reminder) && reminder.dueAt !== null)
    .filter((reminder) => {
      const due = time(reminder.dueAt ?? '');
      return due >= start.getTime() && due < end.getTime();
    })
    .sort((a, b) => time(a.dueAt ?? '') - time(b.dueAt ?? '') || a.id.localeCompare(b.id));
  const open = tasks
    .filter((task) => task.status === 'open')
    .sort((a, b) => time(a.createdAt) - time(b.createdAt) || a.number - b.number);
  const items: Item[] = [
    ...todays.map((reminder): Item => ({ kind: 'reminder', reminder })),
    ...open.map((task): Item => ({ kind: 'task', task })),
  ];
  const due = items.find((item) => item.kind === 'reminder' && time(item.reminder.dueAt ?? '') <= now.getTime());
  const firstTask = items.find((item) => item.kind === 'task');
  const next = due ?? firstTask ?? items[0] ?? null;
  const highlighted = new Set(items.slice(0, HIGHLIGHTED));
  const others = items.filter((item) => item !== next);
  return {
    next,
    highlights: others.filter((item) => highlighted.has(item)),
    rest: others.filter((item) => !highlighted.has(item)),
  };
}
