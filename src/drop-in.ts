// The drop-in bundles' entry (vite.config.ts): they carry their own copy of Zod, so they may set
// its global options. `jitless`: Zod would otherwise probe `new Function` when the first object
// schema is built, which a strict Content-Security-Policy reports as a violation.
import { config } from 'zod/mini';

export { LoyaltyHistory } from './define.js';

config({ jitless: true });
