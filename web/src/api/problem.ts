/** An RFC 9457 problem as the API answers it (docs/api.md, "Errors"). */
export interface FieldError {
  readonly field: string;
  readonly message: string;
}

export interface Problem {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly requestId?: string;
  readonly errors?: readonly FieldError[];
}

const PROBLEM_BASE = 'https://assistant.tdah.org/problems/';

/** The problem the client makes up when the server could not be reached at all. */
export const NETWORK_PROBLEM: Problem = {
  type: 'network-error',
  title: 'The server could not be reached',
  status: 0,
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fieldErrorsOf(value: unknown): FieldError[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((item: unknown) =>
    isRecord(item) && typeof item.field === 'string' && typeof item.message === 'string'
      ? [{ field: item.field, message: item.message }]
      : [],
  );
}

/**
 * Reads a failed answer as a problem: the body when it is one, otherwise a problem made of the
 * status alone (a proxy's HTML page, an empty body), so callers handle one shape only.
 */
export function parseProblem(status: number, body: unknown): Problem {
  if (isRecord(body) && typeof body.type === 'string' && typeof body.title === 'string') {
    const errors = fieldErrorsOf(body.errors);
    return {
      type: body.type,
      title: body.title,
      status: typeof body.status === 'number' ? body.status : status,
      ...(typeof body.detail === 'string' ? { detail: body.detail } : {}),
      ...(typeof body.requestId === 'string' ? { requestId: body.requestId } : {}),
      ...(errors.length > 0 ? { errors } : {}),
    };
  }
  return { type: 'about:blank', title: `HTTP ${String(status)}`, status };
}

/** The short name of a problem type: `invalid-credentials` for `.../problems/invalid-credentials`. */
export function problemKind(problem: Problem): string {
  return problem.type.startsWith(PROBLEM_BASE) ? problem.type.slice(PROBLEM_BASE.length) : problem.type;
}

/**
 * The messages of a 422 by form field: `errors[]` grouped by `field`, renamed through `fields`
 * when the API's name differs from the form's (`newPassword` for the reset form's `password`),
 * several messages of one field kept in order. A field the form does not show goes under `''`,
 * so that no refusal is lost.
 */
export function fieldMessages(
  problem: Problem,
  shown: readonly string[],
  fields: Readonly<Record<string, string>> = {},
): Record<string, string[]> {
  const byField: Record<string, string[]> = {};
  for (const error of problem.errors ?? []) {
    const name = fields[error.field] ?? error.field;
    const key = shown.includes(name) ? name : '';
    (byField[key] ??= []).push(error.message);
  }
  return byField;
}
