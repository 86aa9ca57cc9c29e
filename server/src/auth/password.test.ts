import { describe, expect, it } from 'vitest'
import { createPasswordHasher, hashPasswordSync } from './password.ts'

async function median(times: number, run: () => Promise<unknown>): Promise<number> {
  const ms: number[] = []
  for (let i = 0; i < times; i += 1) {
    const start = performance.now()
    await run()
    ms.push(performance.now() - start)
  }
  return ms.sort((a, b) => a - b)[Math.floor(times / 2)] ?? 0
}

describe('password hashing', () => {
  it('uses argon2id at the library default cost (19 MiB, 2 passes) unless a test passes another', async () => {
    const hasher = createPasswordHasher()
    const stored = await hasher.hash('mat-khau-2025')
    expect(stored).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(hashPasswordSync('mat-khau-2025')).toMatch(/^\$argon2id\$v=19\$m=19456,t=2,p=1\$/)
    expect(await createPasswordHasher({ memoryCost: 256, timeCost: 1 }).hash('x')).toMatch(
      /^\$argon2id\$v=19\$m=256,t=1,p=1\$/,
    )
    expect(await hasher.verify(stored, 'mat-khau-2025')).toBe(true)
    expect(await hasher.verify(stored, 'mat-khau-2024')).toBe(false)
    expect(await hasher.verify('not a hash', 'mat-khau-2025')).toBe(false)
  })

  it('an unknown account costs about as long as a wrong password (no user enumeration by timing)', async () => {
    const hasher = createPasswordHasher()
    const stored = await hasher.hash('mat-khau-2025')
    await hasher.verifyNothing('warm-up')
    const wrong = await median(7, () => hasher.verify(stored, 'sai'))
    const unknown = await median(7, () => hasher.verifyNothing('sai'))
    expect(await hasher.verifyNothing('mat-khau-2025')).toBe(false)
    expect(unknown / wrong).toBeGreaterThan(0.33)
    expect(unknown / wrong).toBeLessThan(3)
  })
})

describe('the hashing thread', () => {
  it('hashes one password at a time off the main thread, and answers 503 busy past its queue', async () => {
    const hasher = createPasswordHasher({ memoryCost: 1024, timeCost: 1 }, 3)
    try {
      const first = hasher.hash('mot-hai-ba-bon-nam')
      const queued = [hasher.hash('a'), hasher.hash('b'), hasher.hash('c')]
      expect(hasher.pending()).toBe(4)
      await expect(hasher.hash('d')).rejects.toMatchObject({ statusCode: 503, code: 'busy' })
      await Promise.all([first, ...queued])
      expect(hasher.pending()).toBe(0)
      expect(await hasher.verify(await first, 'mot-hai-ba-bon-nam')).toBe(true)
    } finally {
      await hasher.close()
    }
  })

  it('a password typed with decomposed diacritics (NFD) matches the same password in NFC', async () => {
    const hasher = createPasswordHasher({ memoryCost: 256, timeCost: 1 })
    try {
      const stored = await hasher.hash('Hồ-Hoàn-Kiếm-mùa-thu'.normalize('NFD'))
      expect(await hasher.verify(stored, 'Hồ-Hoàn-Kiếm-mùa-thu'.normalize('NFC'))).toBe(true)
    } finally {
      await hasher.close()
    }
  })
})
