import type { Messages } from './messages.js';
import { inLanguage } from './texts.js';

/** Russian: the first column of texts.ts. */
export const ru: Messages = inLanguage(0);
