// Password hashing with argon2id (@node-rs/argon2 defaults: 19 MiB, 2 passes, 1 lane: OWASP's
// baseline). Only tests pass a lower cost, explicitly through buildApp; nothing switches it silently.
import { randomBytes } from 'node:crypto'
import { hash, hashSync, verify } from '@node-rs/argon2'

/** Lower argon2 cost for tests only (hashes stay argon2id, verification reads the cost from the hash). */
export interface PasswordCost {
  memoryCost: number
  timeCost: number
}

export interface PasswordHasher {
  hash(password: string): Promise<string>
  /** False for a wrong password and for a malformed stored hash. */
  verify(stored: string, password: string): Promise<boolean>
  /**
   * Spends the time of one verification and returns false: an unknown username must take as long as
   * a wrong password, or response times tell which accounts exist.
   */
  verifyNothing(password: string): Promise<false>
}

export function createPasswordHasher(cost?: PasswordCost): PasswordHasher {
  const options = cost ? { memoryCost: cost.memoryCost, timeCost: cost.timeCost } : undefined
  let dummy: Promise<string> | undefined
  const check = async (stored: string, password: string) => {
    try {
      return await verify(stored, password)
    } catch {
      return false
    }
  }
  return {
    hash: (password) => hash(password, options),
    verify: check,
    async verifyNothing(password) {
      dummy ??= hash(randomBytes(16).toString('hex'), options)
      await check(await dummy, password)
      return false
    },
  }
}

/** Synchronous hash for start-up tasks (demo accounts) that run before the server listens. */
export function hashPasswordSync(password: string, cost?: PasswordCost): string {
  return hashSync(password, cost ? { memoryCost: cost.memoryCost, timeCost: cost.timeCost } : undefined)
}
