/**
 * The wording of the security pages (second factors, phone, sessions, password, step-up), in English and French: securityFr has exactly securityEn's keys (the type
 * checks it, i18n.test.ts too). en.ts and fr.ts spread it into the app's dictionaries.
 */
export const securityEn = {

} as const;

export const securityFr: { readonly [K in keyof typeof securityEn]: string } = {

};
