/**
 * The wording of the installed app: offline, the queue, updates, in English and French: offlineFr has exactly offlineEn's keys (the type
 * checks it, i18n.test.ts too). en.ts and fr.ts spread it into the app's dictionaries.
 */
export const offlineEn = {

} as const;

export const offlineFr: { readonly [K in keyof typeof offlineEn]: string } = {

};
