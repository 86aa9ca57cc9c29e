// Zod's messages are the contracts' Vietnamese (db/src/contracts/zod-messages.ts), installed when
// the contracts load; entry points that may parse before importing any contract import this first.
import '@ldld/db/contracts'
