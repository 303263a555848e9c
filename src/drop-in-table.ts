// The staff table's drop-in bundles' entry (vite.table.config.ts), as drop-in.ts is the member's:
// its own copy of Zod, set `jitless` so a strict Content-Security-Policy sees no `new Function`.
import { config } from 'zod/mini';
import './define-table.js';

config({ jitless: true });
