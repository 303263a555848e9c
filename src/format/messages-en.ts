import type { Messages } from './messages.js';
import { inLanguage } from './texts.js';

/** English: the second column of texts.ts. */
export const en: Messages = inLanguage(1);
