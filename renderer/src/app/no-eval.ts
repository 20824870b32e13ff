import { z } from 'zod';

// The page's CSP allows no eval, so zod must not even probe for it (the probe is
// reported as a violation). Imported first, before any schema is defined.
z.config({ jitless: true });
