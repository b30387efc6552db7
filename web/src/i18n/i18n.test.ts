import { describe, expect, it } from 'vitest';
import { dictionaries, pickLocale, translator } from './index';

describe('the dictionaries', () => {
  const english = Object.keys(dictionaries.en).sort();

  it.each(Object.entries(dictionaries))('%s has exactly the keys of English, none empty', (_locale, dictionary) => {
    expect(Object.keys(dictionary).sort()).toEqual(english);
    for (const value of Object.values(dictionary)) expect(value.trim()).not.toBe('');
  });

  it.each(Object.entries(dictionaries))('%s uses the same placeholders as English', (_locale, dictionary) => {
    const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((match) => match[1]).sort();
    for (const key of english) {
      const k = key as keyof typeof dictionaries.en;
      expect(placeholders(dictionary[k]), key).toEqual(placeholders(dictionaries.en[k]));
    }
  });
});

describe('pickLocale', () => {
  it('takes the first language of the browser that the app speaks', () => {
    expect(pickLocale(['fr-CA', 'en-US'])).toBe('fr');
    expect(pickLocale(['de-DE', 'en-GB', 'fr'])).toBe('en');
    expect(pickLocale(['de', 'FR'])).toBe('fr');
  });

  it('falls back to English', () => {
    expect(pickLocale([])).toBe('en');
    expect(pickLocale(['es', 'it'])).toBe('en');
  });
});

describe('translator', () => {
  it('fills the placeholders and leaves unknown ones visible', () => {
    expect(translator('fr')('today.done', { title: 'pain' })).toBe('Fait : pain');
    expect(translator('en')('today.done')).toBe('Done: {title}');
  });
});
