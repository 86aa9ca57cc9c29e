// One-time passwords an admin hands to an officer (created accounts, resets, accounts in bulk): easy to
// read aloud or copy from a printed list (no 0/O, 1/l/I), about 62 bits from the system's CSPRNG, and
// changed at the first sign-in. "k7qm-3vxt-9hpa-w2rc"-like: four groups of four.
import { randomInt } from 'node:crypto'

const ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789'

export function oneTimePassword(): string {
  const group = () => Array.from({ length: 4 }, () => ALPHABET.charAt(randomInt(ALPHABET.length))).join('')
  return [group(), group(), group(), group()].join('-')
}
