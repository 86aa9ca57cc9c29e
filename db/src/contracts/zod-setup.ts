// In a browser, zod must not compile parsers with `new Function`: that is an eval, which the app's
// Content-Security-Policy forbids (no 'unsafe-eval'), and even zod's probe for it is reported as a
// violation. Zod decides when a schema is built, so this runs first, before any contract is defined
// (index.ts imports it first). The server keeps zod's compiled parsers.
import { z } from 'zod'

if ('document' in globalThis) z.config({ jitless: true })
