import { accountFr } from './account';
import { assistantFr } from './assistant';
import type { Dictionary } from './en';
import { offlineFr } from './offline';
import { securityFr } from './security';

/** Le texte en français : les mêmes clés que l'anglais (le type le vérifie, et un test aussi). */
export const fr: Dictionary = {
  ...assistantFr,
  ...securityFr,
  ...accountFr,
  ...offlineFr,
  'app.name': 'Assistant',
  'nav.label': 'Principal',
  'nav.more': 'Plus',
  'nav.signOut': 'Me déconnecter',
  'app.skip': 'Aller au contenu',
  'common.email': 'Adresse e-mail',
  'common.password': 'Mot de passe',
  'common.working': 'Un instant…',
  'common.networkError': "L'assistant est injoignable. Vérifiez votre connexion et réessayez.",
  'common.unexpected': 'Un problème est survenu de notre côté. Réessayez dans un moment.',
  'common.rateLimited': 'Trop d’essais. Attendez {seconds} secondes puis réessayez.',
  'common.fixFields': 'Vérifiez le champ signalé.',
  'common.toLogin': 'Aller à la connexion',

  'register.title': 'Créer votre compte',
  'register.name': 'Votre prénom ou nom',
  'register.passwordHint': 'Au moins 12 caractères. Une petite phrase se retient facilement.',
  'register.submit': 'Créer mon compte',
  'register.taken': 'Cette adresse a déjà un compte. Vous pouvez vous connecter.',
  'register.done.title': 'Regardez vos e-mails',
  'register.done.body': 'Nous avons envoyé un lien à {email}. Ouvrez-le pour confirmer votre adresse.',
  'register.haveAccount': "J'ai déjà un compte",

  'verify.title': 'Confirmation de votre adresse',
  'verify.ok': 'Votre adresse e-mail est confirmée.',
  'verify.invalid': 'Ce lien a expiré ou a déjà servi. Connectez-vous pour en demander un nouveau.',
  'verify.missing': "Ce lien est incomplet. Rouvrez le lien de l'e-mail.",

  'login.title': 'Connexion',
  'login.submit': 'Me connecter',
  'login.invalid': "L'adresse ou le mot de passe n'est pas bon.",
  'login.forgot': "J'ai oublié mon mot de passe",
  'login.register': 'Créer un compte',
  'login.needed': 'Connectez-vous pour ouvrir cette page.',

  'mfa.title': 'Encore une étape',
  'mfa.totp.label': "Code de votre application d'authentification",
  'mfa.sms.label': 'Code reçu par SMS',
  'mfa.backup_code.label': "Un de vos codes de secours",
  'mfa.submit': 'Valider',
  'mfa.invalidCode': "Ce code n'est pas bon. Réessayez.",
  'mfa.expired': 'Cette étape a expiré. Reconnectez-vous.',
  'mfa.sendSms': "M'envoyer un code par SMS",
  'mfa.smsSent': 'Code envoyé au {to}.',
  'mfa.use.totp': "Utiliser plutôt l'application d'authentification",
  'mfa.use.sms': 'Utiliser plutôt un SMS',
  'mfa.use.backup_code': 'Utiliser plutôt un code de secours',

  'forgot.title': 'Mot de passe oublié ?',
  'forgot.body': 'Indiquez votre adresse e-mail : nous vous enverrons un lien pour en choisir un nouveau.',
  'forgot.submit': "M'envoyer le lien",
  'forgot.done': 'Si {email} a un compte, un lien est en route. Il est valable une heure.',

  'reset.title': 'Choisir un nouveau mot de passe',
  'reset.password': 'Nouveau mot de passe',
  'reset.submit': 'Enregistrer mon mot de passe',
  'reset.done': 'Votre mot de passe est changé. Toutes les autres sessions ont été fermées.',
  'reset.invalid': 'Ce lien a expiré ou a déjà servi. Demandez-en un nouveau.',
  'reset.again': 'Demander un nouveau lien',


  // Les raisons de la règle des mots de passe de l'API, relues par i18n/apiMessages.ts.
  'api.password.tooShort': 'doit compter au moins {min} caractères',
  'api.password.tooLong': 'doit compter au plus {max} caractères',
  'api.password.containsEmail': 'ne doit pas contenir votre adresse e-mail',
  'api.password.containsName': 'ne doit pas contenir votre nom',
  'api.password.tooEasy': 'est trop facile à deviner : ajoutez quelques mots peu courants',
  'api.password.tooEasyBecause': 'est trop facile à deviner : {why}',
  'api.zxcvbn.top10': "C'est l'un des 10 mots de passe les plus courants.",
  'api.zxcvbn.top100': "C'est l'un des 100 mots de passe les plus courants.",
  'api.zxcvbn.veryCommon': "C'est un mot de passe très courant.",
  'api.zxcvbn.similar': 'Il ressemble à un mot de passe très utilisé.',
  'api.zxcvbn.wordByItself': 'Un mot seul est facile à deviner.',
  'api.zxcvbn.namesThemselves': 'Un prénom ou un nom seul est facile à deviner.',
  'api.zxcvbn.namesCommon': 'Les prénoms et noms courants sont faciles à deviner.',
  'api.zxcvbn.straightRows': 'Une rangée de touches du clavier est facile à deviner.',
  'api.zxcvbn.shortPatterns': 'Un court motif de clavier est facile à deviner.',
  'api.zxcvbn.repeatsAaa': 'Les répétitions comme « aaa » sont faciles à deviner.',
  'api.zxcvbn.repeatsAbc': 'Les répétitions comme « abcabcabc » sont à peine plus difficiles à deviner que « abc ».',
  'api.zxcvbn.sequences': 'Les suites comme abc ou 6543 sont faciles à deviner.',
  'api.zxcvbn.recentYears': 'Les années récentes sont faciles à deviner.',
  'api.zxcvbn.dates': 'Les dates sont souvent faciles à deviner.',

  'notFound.title': "Cette page n'existe pas",
  'notFound.home': "Aller à Aujourd'hui",
};
