import { describe, expect, it } from 'vitest';
import { localizeApiMessage } from './apiMessages';
import { translator } from './index';

// The sentences the API writes (domain PasswordPolicy, zxcvbn4j's English warnings).
const FROM_THE_API = [
  'must be at least 12 characters long',
  'must be at most 128 characters long',
  'must not contain your email address',
  'must not contain your name',
  'is too easy to guess: add a few more uncommon words',
  'is too easy to guess: Straight rows of keys are easy to guess.',
  'is too easy to guess: Repeats like "aaa" are easy to guess.',
  'is too easy to guess: This is a top-10 common password.',
];

describe('localizeApiMessage', () => {
  it('gives back in English exactly what the API wrote', () => {
    for (const message of FROM_THE_API) expect(localizeApiMessage(message, translator('en'))).toBe(message);
  });

  it('says each of them in French, the numbers kept', () => {
    const fr = translator('fr');
    expect(localizeApiMessage('must be at least 12 characters long', fr)).toBe('doit compter au moins 12 caractères');
    expect(localizeApiMessage('must not contain your name', fr)).toBe('ne doit pas contenir votre nom');
    expect(localizeApiMessage('is too easy to guess: Straight rows of keys are easy to guess.', fr)).toBe(
      'est trop facile à deviner : Une rangée de touches du clavier est facile à deviner.',
    );
    for (const message of FROM_THE_API) expect(localizeApiMessage(message, fr)).not.toBe(message);
  });

  it('keeps a warning it does not know inside the French sentence, and any other message as it is', () => {
    const fr = translator('fr');
    expect(localizeApiMessage('is too easy to guess: Something new.', fr)).toBe('est trop facile à deviner : Something new.');
    expect(localizeApiMessage('must be a valid email address', fr)).toBe('must be a valid email address');
  });
});
