// Zod's own checks (lengths, enums, missing fields) answer in the product's plain Vietnamese — the
// contracts' one wording (db/src/contracts/zod-messages.ts), the same the web's forms show —
// never zod's phrasebook ("Quá nhỏ: mong đợi string có >=3 ký tự").
import { beforeAll, describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { as, signIn, type Caller } from '../fixtures/auth.ts'
import { newIndicatorBody } from '../fixtures/bodies.ts'
import { expectInvalid } from '../fixtures/http.ts'

const t = testAppForFile()
let admin: Caller
beforeAll(async () => {
  admin = as(t.app, await signIn(t.app, 'admin'))
})

describe('a new indicator refused by a rule with no message of its own', () => {
  it.each([
    ['a name too short', { nameVi: 'ab' }, 'nameVi', 'Cần ít nhất 3 ký tự.'],
    ['a name too long', { nameEn: 'x'.repeat(201) }, 'nameEn', 'Tối đa 200 ký tự.'],
    ['a kind not in the list', { unitKind: 'percent' }, 'unitKind', 'Hãy chọn một giá trị trong danh sách.'],
    ['a missing short name', { shortNameVi: undefined }, 'shortNameVi', 'Thiếu thông tin này.'],
    [
      'a flag that is not true or false',
      { takesTarget: 'có' },
      'takesTarget',
      'Phải là có hoặc không (true/false).',
    ],
  ])('%s', async (_, extra, path, message) => {
    const body = expectInvalid(await admin.send('POST', '/api/indicators', newIndicatorBody(extra)), path)
    expect(body.error.issues?.find((i) => i.path === path)?.message).toBe(message)
    expect(body.error.message).toBe(`Yêu cầu không hợp lệ: ${message}`)
  })
})
