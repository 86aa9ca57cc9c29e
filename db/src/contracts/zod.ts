// zod as the product sets it up: every contract module takes `z` from here, so these settings are in
// place before any schema is built or parsed, on the server and in the web alike, and a bundle that
// keeps only the contracts a page uses still keeps them (issue 10 item 7).
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

export { z }
