// PATCH /api/users/{id} under near-simultaneous edits (issue 7 §26): a slow edit (it hashes a password)
// must not write back the role it read before a quicker edit committed, and the last-admin rule holds
// whatever the order. Real routes on a real SQLite file, real argon2 (test cost) in its thread.
import { beforeAll, describe, expect, it } from 'vitest'
import { testAppForFile } from '../fixtures/app.ts'
import { as, signIn, type Caller } from '../fixtures/auth.ts'

const t = testAppForFile()
let admin: Caller
beforeAll(async () => {
  admin = as(t.app, await signIn(t.app, 'admin'))
})

const activeAdmins = () =>
  Number(t.db.$client.prepare(`SELECT count(*) FROM users WHERE role = 'admin' AND active = 1`).pluck().get())
const roleOf = (id: number) =>
  String(t.db.$client.prepare('SELECT role FROM users WHERE id = ?').pluck().get(id))

describe('near-simultaneous edits of users', () => {
  it('a password reset in flight does not undo a promotion; the last admin is never demoted', async () => {
    const ADMIN = 1
    const CITY = 2
    for (let round = 0; round < 5; round += 1) {
      // city is promoted while its password is being reset, and admin is demoted in the same breath.
      const [reset, promote, demote] = await Promise.all([
        admin.send('PATCH', `/api/users/${CITY}`, { password: `cau-long-bien-${round}-mua-thu` }),
        admin.send('PATCH', `/api/users/${CITY}`, { role: 'admin' }),
        admin.send('PATCH', `/api/users/${ADMIN}`, { role: 'viewer' }),
      ])
      expect([promote.statusCode, reset.statusCode]).toEqual([200, 200])
      expect([200, 409]).toContain(demote.statusCode)
      expect(activeAdmins()).toBeGreaterThanOrEqual(1)
      // The reset read city's role after the promotion committed: city stays admin.
      if (demote.statusCode === 200) expect(roleOf(CITY)).toBe('admin')
      // Put things back for the next round (city may be the only admin now).
      t.db.$client.prepare(`UPDATE users SET role = 'admin' WHERE id = ${ADMIN}`).run()
      t.db.$client.prepare(`UPDATE users SET role = 'city' WHERE id = ${CITY}`).run()
    }
  })

  it('two admins demoting each other at once leave one admin', async () => {
    t.db.$client.prepare(`UPDATE users SET role = 'admin', must_change_password = 0 WHERE id = 2`).run()
    const city = as(t.app, await signIn(t.app, 'city', 'cau-long-bien-4-mua-thu'))
    const results = await Promise.all([
      admin.send('PATCH', '/api/users/2', { role: 'viewer', password: 'vuon-chuoi-bo-ho-1' }),
      city.send('PATCH', '/api/users/1', { role: 'viewer', password: 'vuon-chuoi-bo-ho-2' }),
    ])
    expect(results.map((r) => r.statusCode).sort()).toEqual([200, 409])
    expect(activeAdmins()).toBe(1)
  })
})
