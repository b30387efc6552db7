import { describe, expect, it } from 'vitest';
import { fieldMessages, parseProblem, problemKind } from './problem';

const weakPassword = {
  type: 'https://assistant.tdah.org/problems/validation-failed',
  title: 'Validation failed',
  status: 422,
  detail: 'See errors for each refused field.',
  requestId: 'abc',
  errors: [
    { field: 'password', message: 'This is a top-10 common password.' },
    { field: 'password', message: 'Add another word or two.' },
    { field: 'email', message: 'must be a well-formed email address' },
  ],
};

describe('parseProblem', () => {
  it('keeps the fields of an RFC 9457 problem', () => {
    const problem = parseProblem(422, weakPassword);
    expect(problem).toMatchObject({ status: 422, requestId: 'abc', detail: weakPassword.detail });
    expect(problem.errors).toHaveLength(3);
    expect(problemKind(problem)).toBe('validation-failed');
  });

  it('makes a problem of the status when the body is not one', () => {
    expect(parseProblem(502, null)).toEqual({ type: 'about:blank', title: 'HTTP 502', status: 502 });
    expect(parseProblem(500, '<html>')).toMatchObject({ status: 500 });
  });

  it('drops malformed entries of errors[] instead of failing on them', () => {
    const problem = parseProblem(422, { ...weakPassword, errors: [{ field: 'x' }, 'text', { field: 'a', message: 'b' }] });
    expect(problem.errors).toEqual([{ field: 'a', message: 'b' }]);
  });
});

describe('fieldMessages', () => {
  it('groups the messages of each field in their order', () => {
    expect(fieldMessages(parseProblem(422, weakPassword), ['email', 'password'])).toEqual({
      password: ['This is a top-10 common password.', 'Add another word or two.'],
      email: ['must be a well-formed email address'],
    });
  });

  it("renames the API's field to the form's", () => {
    const problem = parseProblem(422, { ...weakPassword, errors: [{ field: 'newPassword', message: 'Too short.' }] });
    expect(fieldMessages(problem, ['password'], { newPassword: 'password' })).toEqual({ password: ['Too short.'] });
  });

  it('keeps the messages of fields the form does not show under the empty key', () => {
    expect(fieldMessages(parseProblem(422, weakPassword), ['password'])).toEqual({
      password: ['This is a top-10 common password.', 'Add another word or two.'],
      '': ['must be a well-formed email address'],
    });
  });

  it('is empty for a problem without errors', () => {
    expect(fieldMessages(parseProblem(401, { type: 'x', title: 'y', status: 401 }), ['email'])).toEqual({});
  });
});
