import type { Route } from '../../routes';

/** The profile and preferences, numbers and usage, and the administration pages (issue 14, to come). */
export const accountRoutes: readonly Route[] = [];
