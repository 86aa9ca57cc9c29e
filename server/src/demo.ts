// Demo-only access for a database created from nothing: five accounts sharing the password
// `demo1234`, and the public read-only view switched on so a newcomer sees the dashboard at once.
// Never called on an existing file: a production database starts with no users and publicRead off.
import type { Db } from '@ldld/db/client'
import type { Role } from '@ldld/db/contracts'
import { hashPasswordSync } from './auth/password.ts'
import { createRepositories } from './repositories/index.ts'

export const DEMO_PASSWORD = 'demo1234'

export const DEMO_USERS: ReadonlyArray<{
  username: string
  displayName: string
  role: Role
  unit: string | null
}> = [
  { username: 'admin', displayName: 'Quản trị (demo)', role: 'admin', unit: null },
  { username: 'city', displayName: 'Cán bộ LĐLĐ thành phố (demo)', role: 'city', unit: null },
  { username: 'viewer', displayName: 'Người xem (demo)', role: 'viewer', unit: null },
  { username: 'd007', displayName: 'Cán bộ LĐLĐ quận Hai Bà Trưng (demo)', role: 'district', unit: '007' },
  { username: 'd001', displayName: 'Cán bộ LĐLĐ quận Ba Đình (demo)', role: 'district', unit: '001' },
  // A union of the illustrative 2025 list: its 2026 report is a draft (seed/src/reports-2026.ts).
  {
    username: 'cd00256',
    displayName: 'Cán bộ Công đoàn phường Hai Bà Trưng (demo)',
    role: 'district',
    unit: '00256',
  },
]

/** Adds the demo accounts and turns the public view on; the caller runs it inside its seeding step. */
export function seedDemoAccess(db: Db): void {
  const repos = createRepositories(db)
  const createdAt = new Date().toISOString()
  db.$client.transaction(() => {
    for (const user of DEMO_USERS) {
      const orgId = user.unit === null ? null : repos.organisations.findByCode(user.unit)?.id
      if (orgId === undefined) throw new Error(`Đơn vị ${user.unit ?? ''} của tài khoản demo chưa có.`)
      repos.users.insert({
        username: user.username,
        displayName: user.displayName,
        role: user.role,
        orgId,
        passwordHash: hashPasswordSync(DEMO_PASSWORD),
        // Demo only: a newcomer signs in and looks around at once (docs/decisions.md).
        mustChangePassword: false,
        createdAt,
      })
    }
    repos.settings.setPublicRead(true)
  })()
}
