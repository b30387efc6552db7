import { describe, expect, it } from 'vitest';
import { ApiClient } from './client';
import { provisionNumber, register } from './account';

/** A fetch that answers from a list and keeps the bodies it was sent. */
function fakeFetch(...answers: Response[]) {
  const bodies: unknown[] = [];
  const urls: string[] = [];
  const fetchImpl = (url: string, init?: RequestInit) => {
    urls.push(url);
    bodies.push(typeof init?.body === 'string' ? JSON.parse(init.body) : undefined);
    const answer = answers.shift();
    return answer === undefined ? Promise.reject(new Error('no answer left')) : Promise.resolve(answer);
  };
  return { bodies, urls, fetchImpl };
}

const json = (status: number, body: unknown) => new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const refused = (...fields: string[]) =>
  new Response(
    JSON.stringify({
      type: 'https://assistant.tdah.org/problems/validation-failed',
      title: 'Validation failed',
      status: 422,
      errors: fields.map((field) => ({ field, message: 'is wrong' })),
    }),
    { status: 422, headers: { 'Content-Type': 'application/problem+json' } },
  );
const sam = { email: 'sam@example.org', password: 'purple elephants dance quietly', displayName: 'Sam' };

describe('register', () => {
  it('sends the browser language and time zone with the account', async () => {
    const { bodies, urls, fetchImpl } = fakeFetch(json(201, { id: 'a-1' }));
    const result = await register(new ApiClient(fetchImpl), sam, { locale: 'fr', timezone: 'Europe/Paris' });

    expect(result.ok).toBe(true);
    expect(urls).toEqual(['/api/v1/auth/register']);
    expect(bodies).toEqual([{ ...sam, locale: 'fr', timezone: 'Europe/Paris' }]);
  });

  it('registers without the zone when the API refuses only the zone', async () => {
    const { bodies, fetchImpl } = fakeFetch(refused('timezone'), json(201, { id: 'a-1' }));
    const result = await register(new ApiClient(fetchImpl), sam, { locale: 'en', timezone: 'Etc/Unknown' });

    expect(result.ok).toBe(true);
    expect(bodies).toEqual([{ ...sam, locale: 'en', timezone: 'Etc/Unknown' }, { ...sam, locale: 'en' }]);
  });

  it('gives back any other refusal as it is, without trying again', async () => {
    const { bodies, fetchImpl } = fakeFetch(refused('password', 'timezone'));
    const result = await register(new ApiClient(fetchImpl), sam, { locale: 'en', timezone: 'Mars/Olympus' });

    expect(result.ok).toBe(false);
    expect(result.status).toBe(422);
    expect(bodies).toHaveLength(1);
  });

  it('leaves the zone out when the browser has none', async () => {
    const { bodies, fetchImpl } = fakeFetch(json(201, { id: 'a-1' }));
    await register(new ApiClient(fetchImpl), sam, { locale: 'en', timezone: undefined });

    expect(bodies).toEqual([{ ...sam, locale: 'en' }]);
  });
});

describe('provisionNumber', () => {
  it('sends only the fields given, the country in capitals', async () => {
    const { bodies, fetchImpl } = fakeFetch(json(201, {}), json(201, {}));
    const api = new ApiClient(fetchImpl);
    await provisionNumber(api, ' ', '');
    await provisionNumber(api, '415', 'us');

    expect(bodies).toEqual([{}, { areaCode: '415', country: 'US' }]);
  });
});
