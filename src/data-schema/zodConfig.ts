import { z } from 'zod';

// zod's fast path compiles object validators with `new Function` when a schema is built, which
// the Content-Security-Policy forbids (no 'unsafe-eval'). Imported before any schema is built;
// the plain path gives the same answers.
z.config({ jitless: true });
