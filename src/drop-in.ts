// The drop-in bundles' entry (vite.config.ts). Module bodies run in import order: the early
// request leaves before the element's code (Lit, templates, styles) is evaluated.
import './drop-in-early.js';

export { LoyaltyHistory } from './define.js';
