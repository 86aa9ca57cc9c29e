// One pattern for unit codes (issue 7 §29): `__proto__` was accepted as a new unit, and its targets
// could then never be saved. Now it is refused where a code enters (the admin's form, route params,
// the target grid), with the same Vietnamese message.
import { UNIT_CODE_RULE } from '@ldld/db/contracts'
import { beforeAll, describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { as, signIn, type Caller } from '../fixtures/auth.ts'
import { newWardBody } from '../fixtures/bodies.ts'
import { expectInvalid } from '../fixtures/http.ts'
import { expectLevelSumsExact } from '../fixtures/level-sums.ts'

const t = testAppForFile()
let admin: Caller
beforeAll(async () => {
  admin = as(t.app, await signIn(t.app, 'admin'))
})

describe('unit codes', () => {
  it.each(['__proto__', 'constructor', '_abc', 'a b'])('the admin cannot add a unit %j', async (code) => {
    const units = () => t.db.$client.prepare('SELECT count(*) FROM organisations').pluck().get()
    const before = units()
    const res = expectInvalid(
      await admin.send('POST', '/api/organisations', newWardBody({ code, name: 'Thử' })),
      'code',
    )
    expect(res.error.issues?.[0]?.message).toBe(UNIT_CODE_RULE)
    expect(units()).toBe(before)
  })

  it('route params and the target grid refuse it too', async () => {
    expectInvalid(await admin.get('/api/organisations/__proto__/years/2025/values'), 'code')
    expectInvalid(await admin.get('/api/organisations/constructor/series'), 'code')
    // 2026: a union founded on 1/10/2025 takes its first targets in 2026 (docs/decisions.md).
    const res = await admin.send('PUT', '/api/targets/2026', {
      versions: { constructor: 0 },
      values: [{ unit: '__proto__', indicator: 'new_unions', target: 5 }],
    })
    expectInvalid(res, 'values.0.unit')
    expectInvalid(res, 'versions.constructor')
  })

  it('a unit with a plain code is added and its targets are saved', async () => {
    expect(
      (await admin.send('POST', '/api/organisations', newWardBody({ code: 'P99', name: 'Thử' }))).statusCode,
    ).toBe(201)
    // 2026: a union founded on 1/10/2025 takes its first targets in 2026 (docs/decisions.md).
    const res = await admin.send('PUT', '/api/targets/2026', {
      versions: { P99: 0 },
      values: [{ unit: 'P99', indicator: 'new_unions', target: 5 }],
    })
    expect(res.statusCode, res.body).toBe(200)
  })
})

describe('level sums (issue 8)', () => {
  it('every write above kept level_sums equal to recomputing them from scratch', () => {
    expectLevelSumsExact(t.db)
  })
})
