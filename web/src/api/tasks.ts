import type { ApiClient, ApiResult, Page } from './client';

/** A task as `GET /tasks/{id}` shows it. */
export interface Task {
  readonly id: string;
  readonly number: number;
  readonly title: string;
  readonly status: 'open' | 'done';
  readonly createdAt: string;
  readonly doneAt: string | null;
}

/*
 * The task calls of the app. Every page adds, completes and lists tasks through these, so the
 * offline queue (which keeps them while the network is away) has one place to stand.
 */

export function openTasks(api: ApiClient): Promise<ApiResult<Page<Task>>> {
  return api.request('GET', '/tasks?status=open&limit=100');
}

export function addTask(api: ApiClient, title: string): Promise<ApiResult<Task>> {
  return api.request('POST', '/tasks', { title });
}

export function completeTask(api: ApiClient, id: string): Promise<ApiResult<Task>> {
  return api.request('PATCH', `/tasks/${encodeURIComponent(id)}`, { status: 'done' });
}

export function reopenTask(api: ApiClient, id: string): Promise<ApiResult<Task>> {
  return api.request('PATCH', `/tasks/${encodeURIComponent(id)}`, { status: 'open' });
}

export function deleteTask(api: ApiClient, id: string): Promise<ApiResult<null>> {
  return api.request('DELETE', `/tasks/${encodeURIComponent(id)}`);
}
