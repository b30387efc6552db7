/**
 * The wording of the profile, preferences, numbers and usage, and the administration pages, in English and French: accountFr has exactly accountEn's keys (the type
 * checks it, i18n.test.ts too). en.ts and fr.ts spread it into the app's dictionaries.
 */
export const accountEn = {

} as const;

export const accountFr: { readonly [K in keyof typeof accountEn]: string } = {

};
