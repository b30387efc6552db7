/**
 * The wording of the assistant's pages (Today, tasks, reminders, the conversation, search), in English and French: assistantFr has exactly assistantEn's keys (the type
 * checks it, i18n.test.ts too). en.ts and fr.ts spread it into the app's dictionaries.
 */
export const assistantEn = {
  'today.title': 'Today',
  'today.greeting': 'Hello {name}',
  'today.add.label': 'New task',
  'today.add.placeholder': 'e.g. call the pharmacy',
  'today.add.submit': 'Add',
  'today.empty': 'Nothing open. Well done.',
  'today.next': 'Next',
  'today.done': 'Done: {title}',
  'today.complete': 'Mark “{title}” as done',
  'today.loading': 'Loading your tasks…',
} as const;

export const assistantFr: { readonly [K in keyof typeof assistantEn]: string } = {
  'today.title': "Aujourd'hui",
  'today.greeting': 'Bonjour {name}',
  'today.add.label': 'Nouvelle tâche',
  'today.add.placeholder': 'ex. appeler la pharmacie',
  'today.add.submit': 'Ajouter',
  'today.empty': 'Rien en cours. Bravo.',
  'today.next': 'Ensuite',
  'today.done': 'Fait : {title}',
  'today.complete': 'Marquer « {title} » comme fait',
  'today.loading': 'Chargement de vos tâches…',
};
