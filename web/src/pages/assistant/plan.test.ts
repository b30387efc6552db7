import { describe, expect, it } from 'vitest';
import type { Reminder } from '../../api/reminders';
import type { Task } from '../../api/tasks';
import { itemKey, planToday } from './plan';

function reminder(id: string, dueAt: string | null, status: Reminder['status'] = 'scheduled'): Reminder {
  return { id, number: 1, text: id, dueAt, recurrence: null, timezone: 'Europe/Paris', status, taskId: null, snoozedUntil: null, createdAt: '2026-12-01T00:00:00Z' };
}

function task(id: string, createdAt: string, status: Task['status'] = 'open'): Task {
  return { id, number: 1, title: id, status, createdAt, doneAt: null };
}

const keys = (plan: ReturnType<typeof planToday>) => ({
  next: plan.next === null ? null : itemKey(plan.next),
  highlights: plan.highlights.map(itemKey),
  rest: plan.rest.map(itemKey),
});

const now = new Date('2026-12-03T10:00:00Z'); // 11:00 in Paris

describe('planToday', () => {
  it('puts a reminder already due first, then highlights the check-in’s first three', () => {
    const plan = planToday(
      [reminder('later', '2026-12-03T15:00:00Z'), reminder('due', '2026-12-03T09:00:00Z'), reminder('tomorrow', '2026-12-04T09:00:00Z')],
      [task('b', '2026-12-02T00:00:00Z'), task('a', '2026-12-01T00:00:00Z'), task('c', '2026-12-02T10:00:00Z')],
      'Europe/Paris',
      now,
    );
    expect(keys(plan)).toEqual({ next: 'r:due', highlights: ['r:later', 't:a'], rest: ['t:b', 't:c'] });
  });

  it('takes the oldest open task when no reminder is due yet', () => {
    const plan = planToday([reminder('later', '2026-12-03T15:00:00Z')], [task('b', '2026-12-02T00:00:00Z'), task('a', '2026-12-01T00:00:00Z')], 'Europe/Paris', now);
    expect(keys(plan)).toEqual({ next: 't:a', highlights: ['r:later', 't:b'], rest: [] });
  });

  it('takes the next reminder of today when no task is open, and nothing on an empty day', () => {
    expect(keys(planToday([reminder('later', '2026-12-03T15:00:00Z')], [], 'Europe/Paris', now)).next).toBe('r:later');
    expect(keys(planToday([], [], 'Europe/Paris', now))).toEqual({ next: null, highlights: [], rest: [] });
  });

  it('keeps only active reminders of the person’s day, in their zone', () => {
    const plan = planToday(
      [
        reminder('done', '2026-12-03T11:00:00Z', 'done'),
        reminder('cancelled', '2026-12-03T11:00:00Z', 'cancelled'),
        reminder('snoozed', '2026-12-03T12:00:00Z', 'snoozed'),
        reminder('paris-tomorrow', '2026-12-03T23:30:00Z'),
        reminder('yesterday', '2026-12-02T09:00:00Z'),
        reminder('none', null),
      ],
      [task('done', '2026-12-01T00:00:00Z', 'done')],
      'Europe/Paris',
      now,
    );
    expect(keys(plan)).toEqual({ next: 'r:snoozed', highlights: [], rest: [] });
    // In UTC, 23:30 is still today.
    expect(keys(planToday([reminder('late', '2026-12-03T23:30:00Z')], [], 'UTC', now)).next).toBe('r:late');
  });

  it('shows at most three highlights and folds the rest', () => {
    const tasks = ['1', '2', '3', '4', '5', '6'].map((n) => task(n, `2026-12-0${n}T00:00:00Z`));
    const plan = planToday([reminder('r1', '2026-12-03T15:00:00Z'), reminder('r2', '2026-12-03T16:00:00Z'), reminder('r3', '2026-12-03T17:00:00Z')], tasks, 'Europe/Paris', now);
    expect(keys(plan)).toEqual({ next: 't:1', highlights: ['r:r1', 'r:r2', 'r:r3'], rest: ['t:2', 't:3', 't:4', 't:5', 't:6'] });
  });
});
