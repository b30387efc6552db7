import { createContext, useContext } from 'react';
import { en, type Dictionary, type MessageKey } from './en';
import { fr } from './fr';

export type Locale = 'en' | 'fr';
export const dictionaries: Readonly<Record<Locale, Dictionary>> = { en, fr };

/** The first of the browser's languages we speak, English otherwise (the profile's locale wins once known). */
export function pickLocale(languages: readonly string[]): Locale {
  for (const language of languages) {
    const primary = language.toLowerCase().split('-')[0];
    if (primary === 'fr' || primary === 'en') return primary;
  }
  return 'en';
}

export type Translate = (key: MessageKey, values?: Readonly<Record<string, string | number>>) => string;

/** The wording of a locale, `{name}` placeholders filled from `values`. */
export function translator(locale: Locale): Translate {
  const dictionary = dictionaries[locale];
  return (key, values) =>
    dictionary[key].replace(/\{(\w+)\}/g, (whole, name: string) =>
      values !== undefined && name in values ? String(values[name]) : whole,
    );
}

export const LocaleContext = createContext<{ locale: Locale; t: Translate }>({ locale: 'en', t: translator('en') });

export function useT(): Translate {
  return useContext(LocaleContext).t;
}
