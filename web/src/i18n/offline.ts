/**
 * The wording of the installed app: offline, the queue, updates, in English and French: offlineFr has exactly offlineEn's keys (the type
 * checks it, i18n.test.ts too). en.ts and fr.ts spread it into the app's dictionaries.
 */
export const offlineEn = {
  'offline.label': 'Connection and updates',
  'offline.saved': 'You are offline. Showing what you had at {time}.',
  'offline.offline': 'You are offline. What you change is kept and sent when you are back online.',
  'offline.pending.one': '1 change is waiting to be sent.',
  'offline.pending.other': '{count} changes are waiting to be sent.',
  'offline.sent.one': 'You are back online. Your change was sent.',
  'offline.sent.other': 'You are back online. Your {count} changes were sent.',
  'offline.dropped': 'This change could not be saved: {title}.',
  'offline.ok': 'OK',
  'offline.update': 'A new version is ready. Reload when you are ready.',
  'offline.reload': 'Reload',
  'offline.pendingTask': 'waiting to be sent',
} as const;

export const offlineFr: { readonly [K in keyof typeof offlineEn]: string } = {
  'offline.label': 'Connexion et mises à jour',
  'offline.saved': 'Vous êtes hors ligne. Voici ce que vous aviez à {time}.',
  'offline.offline': 'Vous êtes hors ligne. Vos changements sont gardés et envoyés à votre retour en ligne.',
  'offline.pending.one': '1 changement attend d’être envoyé.',
  'offline.pending.other': '{count} changements attendent d’être envoyés.',
  'offline.sent.one': 'Vous êtes de retour en ligne. Votre changement a été envoyé.',
  'offline.sent.other': 'Vous êtes de retour en ligne. Vos {count} changements ont été envoyés.',
  'offline.dropped': 'Ce changement n’a pas pu être enregistré : {title}.',
  'offline.ok': 'OK',
  'offline.update': 'Une nouvelle version est prête. Rechargez quand vous voulez.',
  'offline.reload': 'Recharger',
  'offline.pendingTask': 'en attente d’envoi',
};
