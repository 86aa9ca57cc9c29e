// Zod's settings for the whole product, in place before any schema is built or parsed (index.ts
// imports this first; the server and the web both read the contracts).
// - Messages: zod's own checks speak the product's Vietnamese (zod-messages.ts), on the server and
//   in the browser alike.
// - In a browser, zod must not compile parsers with `new Function`: that is an eval, which the app's
//   Content-Security-Policy forbids (no 'unsafe-eval'), and even zod's probe for it is reported as a
//   violation. Zod decides when a schema is built, so this runs first. The server keeps zod's
//   compiled parsers.
import { z } from 'zod'
import { vietnameseIssueMessage } from './zod-messages.ts'

z.config({ customError: vietnameseIssueMessage })
if ('document' in globalThis) z.config({ jitless: true })
