/** The English wording: the reference dictionary, every other one has exactly its keys. */
import { accountEn } from './account';
import { assistantEn } from './assistant';
import { offlineEn } from './offline';
import { securityEn } from './security';

export const en = {
  ...assistantEn,
  ...securityEn,
  ...accountEn,
  ...offlineEn,
  'app.name': 'Assistant',
  'nav.label': 'Main',
  'nav.more': 'More',
  'nav.signOut': 'Sign out',
  'app.skip': 'Skip to the content',
  'common.email': 'Email address',
  'common.password': 'Password',
  'common.working': 'One moment…',
  'common.networkError': 'The assistant cannot be reached. Check your connection and try again.',
  'common.unexpected': 'Something went wrong on our side. Please try again in a moment.',
  'common.rateLimited': 'Too many tries. Please wait {seconds} seconds and try again.',
  'common.fixFields': 'Please check the highlighted field.',
  'common.toLogin': 'Go to log in',
  'code.confirm': 'Confirm',
  'code.empty': 'Type the code.',
  'code.wrong': 'This code is not right. Try again.',

  'register.title': 'Create your account',
  'register.name': 'Your name',
  'register.passwordHint': 'At least 12 characters. A short sentence is easy to remember.',
  'register.submit': 'Create my account',
  'register.taken': 'This email already has an account. You can log in instead.',
  'register.done.title': 'Check your mailbox',
  'register.done.body': 'We sent a link to {email}. Open it to confirm your address.',
  'register.haveAccount': 'I already have an account',

  'verify.title': 'Confirming your email',
  'verify.ok': 'Your email address is confirmed.',
  'verify.invalid': 'This link has expired or was already used. Log in to ask for a new one.',
  'verify.missing': 'This link is incomplete. Open the link from the email again.',

  'login.title': 'Log in',
  'login.submit': 'Log in',
  'login.invalid': 'The email or password is not right.',
  'login.forgot': 'I forgot my password',
  'login.register': 'Create an account',
  'login.needed': 'Please log in to open this page.',

  'mfa.title': 'One more step',
  'mfa.totp.label': 'Code from your authenticator app',
  'mfa.sms.label': 'Code we texted you',
  'mfa.backup_code.label': 'One of your backup codes',
  'mfa.submit': 'Confirm',
  'mfa.expired': 'This step has expired. Please log in again.',
  'mfa.sendSms': 'Text me a code',
  'mfa.smsSent': 'Code sent to {to}.',
  'mfa.use.totp': 'Use my authenticator app instead',
  'mfa.use.sms': 'Use a text message instead',
  'mfa.use.backup_code': 'Use a backup code instead',

  'forgot.title': 'Forgot your password?',
  'forgot.body': 'Give your email address: we will send you a link to choose a new password.',
  'forgot.submit': 'Send me the link',
  'forgot.done': 'If {email} has an account, a link is on its way. It works for one hour.',

  'reset.title': 'Choose a new password',
  'reset.password': 'New password',
  'reset.submit': 'Save my new password',
  'reset.done': 'Your password is changed. Every other session was signed out.',
  'reset.invalid': 'This link has expired or was already used. Ask for a new one.',
  'reset.again': 'Ask for a new link',


  // The API's password policy reasons, read back by i18n/apiMessages.ts.
  'api.password.tooShort': 'must be at least {min} characters long',
  'api.password.tooLong': 'must be at most {max} characters long',
  'api.password.containsEmail': 'must not contain your email address',
  'api.password.containsName': 'must not contain your name',
  'api.password.tooEasy': 'is too easy to guess: add a few more uncommon words',
  'api.password.tooEasyBecause': 'is too easy to guess: {why}',
  'api.zxcvbn.top10': 'This is a top-10 common password.',
  'api.zxcvbn.top100': 'This is a top-100 common password.',
  'api.zxcvbn.veryCommon': 'This is a very common password.',
  'api.zxcvbn.similar': 'This is similar to a commonly used password.',
  'api.zxcvbn.wordByItself': 'A word by itself is easy to guess.',
  'api.zxcvbn.namesThemselves': 'Names and surnames by themselves are easy to guess.',
  'api.zxcvbn.namesCommon': 'Common names and surnames are easy to guess.',
  'api.zxcvbn.straightRows': 'Straight rows of keys are easy to guess.',
  'api.zxcvbn.shortPatterns': 'Short keyboard patterns are easy to guess.',
  'api.zxcvbn.repeatsAaa': 'Repeats like "aaa" are easy to guess.',
  'api.zxcvbn.repeatsAbc': 'Repeats like "abcabcabc" are only slightly harder to guess than "abc".',
  'api.zxcvbn.sequences': 'Sequences like abc or 6543 are easy to guess.',
  'api.zxcvbn.recentYears': 'Recent years are easy to guess.',
  'api.zxcvbn.dates': 'Dates are often easy to guess.',

  'notFound.title': 'This page does not exist',
  'notFound.home': 'Go to Today',
} as const;

export type MessageKey = keyof typeof en;
export type Dictionary = { readonly [K in MessageKey]: string };
