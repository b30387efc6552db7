import type { MessageKey } from './en';
import type { Translate } from './index';

/*
 * The API writes the reasons of its password policy (domain PasswordPolicy, with zxcvbn's warning)
 * in English. The app shows them in its own language: each known sentence is read back to a key of
 * the dictionaries, its numbers kept; a sentence it does not know is shown as the API wrote it.
 */

/** zxcvbn's warnings (zxcvbn4j 1.9.0, messages.properties), as the API quotes them. */
const WARNINGS: Readonly<Record<string, MessageKey>> = {
  'This is a top-10 common password.': 'api.zxcvbn.top10',
  'This is a top-100 common password.': 'api.zxcvbn.top100',
  'This is a very common password.': 'api.zxcvbn.veryCommon',
  'This is similar to a commonly used password.': 'api.zxcvbn.similar',
  'A word by itself is easy to guess.': 'api.zxcvbn.wordByItself',
  'Names and surnames by themselves are easy to guess.': 'api.zxcvbn.namesThemselves',
  'Common names and surnames are easy to guess.': 'api.zxcvbn.namesCommon',
  'Straight rows of keys are easy to guess.': 'api.zxcvbn.straightRows',
  'Short keyboard patterns are easy to guess.': 'api.zxcvbn.shortPatterns',
  'Repeats like "aaa" are easy to guess.': 'api.zxcvbn.repeatsAaa',
  'Repeats like "abcabcabc" are only slightly harder to guess than "abc".': 'api.zxcvbn.repeatsAbc',
  'Sequences like abc or 6543 are easy to guess.': 'api.zxcvbn.sequences',
  'Recent years are easy to guess.': 'api.zxcvbn.recentYears',
  'Dates are often easy to guess.': 'api.zxcvbn.dates',
};

const TOO_EASY = 'is too easy to guess: ';

/** One of the API's field messages in the app's language (unchanged when it is not a known one). */
export function localizeApiMessage(message: string, t: Translate): string {
  const shortest = /^must be at least (\d+) characters long$/.exec(message);
  if (shortest !== null) return t('api.password.tooShort', { min: shortest[1] ?? '' });
  const longest = /^must be at most (\d+) characters long$/.exec(message);
  if (longest !== null) return t('api.password.tooLong', { max: longest[1] ?? '' });
  if (message === 'must not contain your email address') return t('api.password.containsEmail');
  if (message === 'must not contain your name') return t('api.password.containsName');
  if (message === TOO_EASY + 'add a few more uncommon words') return t('api.password.tooEasy');
  if (message.startsWith(TOO_EASY)) {
    const warning = message.slice(TOO_EASY.length);
    const key = WARNINGS[warning];
    return t('api.password.tooEasyBecause', { why: key === undefined ? warning : t(key) });
  }
  return message;
}
