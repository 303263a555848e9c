// Evaluated first in the drop-ins (src/drop-in.ts imports it before the element): Zod is set up
// for strict CSP pages, and the first page of each <loyalty-history> in the document is asked for
// before Lit, the templates and the styles are evaluated, so the round trip overlaps that work.
// `jitless`: the drop-ins carry their own Zod, which would otherwise probe `new Function` when
// the first object schema is built, and a strict Content-Security-Policy reports that.
import { config } from 'zod/mini';
import { requestEarly } from './feed/early-request.js';

config({ jitless: true });
requestEarly('loyalty-history');
