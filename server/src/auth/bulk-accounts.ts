// Accounts in bulk (issue 8): one district-role officer per union from a CSV/XLSX file. The preview
// and the creation run the same checks; the creation hashes every one-time password first, then
// writes all the accounts in one transaction, or none.
import {
  isUnitCode,
  UNIT_CODE_RULE,
  usernameSchema,
  type BulkAccountRow,
  type BulkCreatedAccount,
  type BulkPreviewRow,
} from '@ldld/db/contracts'
import { unprocessable } from '../errors.ts'
import type { OrganisationRow, Repositories } from '../repositories/index.ts'
export { bulkRowsFromTable } from './bulk-columns.ts'
import { oneTimePassword } from './one-time-password.ts'
import type { PasswordHasher } from './password.ts'

const CONTROL = /[\p{Cc}\p{Cf}]/u

function unitProblems(unit: OrganisationRow | undefined, code: string, today: string): string[] {
  if (code === '') return ['Thiếu mã đơn vị.']
  if (!isUnitCode(code)) return [`Mã đơn vị “${code}” không hợp lệ. ${UNIT_CODE_RULE}`]
  if (!unit) {
    const hint = /^[1-9][0-9]{0,3}$/.test(code)
      ? ' Nếu mã bắt đầu bằng số 0, hãy định dạng cột “Mã đơn vị” là văn bản (Text) trong Excel.'
      : ''
    return [`Không có đơn vị mã “${code}”.${hint}`]
  }
  if (unit.kind === 'city')
    return [`“${unit.name}” là LĐLĐ thành phố: tài khoản cán bộ phải thuộc một công đoàn cấp dưới.`]
  if (unit.validFrom > today) return [`${unit.fullName} chưa hoạt động (từ ${unit.validFrom}).`]
  if (unit.validTo !== null && unit.validTo < today)
    return [`${unit.fullName} không còn hoạt động (đến ${unit.validTo}).`]
  return []
}

function displayNameProblems(name: string): string[] {
  if (name.trim() === '') return ['Thiếu tên hiển thị.']
  if (CONTROL.test(name)) return ['Tên hiển thị có ký tự điều khiển hoặc ký tự ẩn.']
  if (name.trim().length > 100) return ['Tên hiển thị tối đa 100 ký tự.']
  return []
}

/** Every row with its problems (none: it can be created). `today` is YYYY-MM-DD. */
export function checkBulkRows(
  repos: Repositories,
  rows: readonly BulkAccountRow[],
  today: string,
): BulkPreviewRow[] {
  const unitSeen = new Map<string, number>()
  const nameSeen = new Map<string, number>()
  return rows.map((input) => {
    const code = input.unit.trim()
    const unit = isUnitCode(code) ? repos.organisations.findByCode(code) : undefined
    const problems = [...unitProblems(unit, code, today), ...displayNameProblems(input.displayName)]
    const firstUnitRow = unitSeen.get(code)
    if (code !== '' && firstUnitRow !== undefined)
      problems.push(`Đơn vị “${code}” đã có ở dòng ${firstUnitRow}: mỗi công đoàn một cán bộ.`)
    else if (code !== '') unitSeen.set(code, input.row)
    const parsed = usernameSchema.safeParse(input.username)
    if (!parsed.success) {
      problems.push(
        input.username.trim() === ''
          ? 'Thiếu tên đăng nhập.'
          : `Tên đăng nhập “${input.username}” không hợp lệ: chỉ gồm 2–40 chữ cái không dấu, số, dấu chấm, gạch.`,
      )
    } else {
      const firstNameRow = nameSeen.get(parsed.data)
      if (firstNameRow !== undefined)
        problems.push(`Tên đăng nhập “${parsed.data}” lặp lại dòng ${firstNameRow}.`)
      else nameSeen.set(parsed.data, input.row)
      if (repos.users.findForLogin(parsed.data))
        problems.push(`Tên đăng nhập “${parsed.data}” đã có người dùng.`)
    }
    return { ...input, unitName: unit?.fullName ?? null, problems }
  })
}

export function bulkPreview(repos: Repositories, rows: readonly BulkAccountRow[], today: string) {
  const checked = checkBulkRows(repos, rows, today)
  const invalid = checked.filter((r) => r.problems.length > 0).length
  return { rows: checked, valid: checked.length - invalid, invalid }
}

/** Creates every account or none; 422 `bulk_invalid` naming each refused row. */
export async function createBulkAccounts(
  repos: Repositories,
  hasher: PasswordHasher,
  rows: readonly BulkAccountRow[],
  today: string,
): Promise<BulkCreatedAccount[]> {
  const refuse = (checked: BulkPreviewRow[]) => {
    const bad = checked.filter((r) => r.problems.length > 0)
    if (bad.length === 0) return
    throw unprocessable(
      'bulk_invalid',
      `Chưa tạo tài khoản nào: ${bad.length} dòng có lỗi. Sửa tệp rồi tải lên lại.`,
      bad.flatMap((r) => r.problems.map((message) => ({ path: `rows.${r.row}`, message }))),
    )
  }
  refuse(checkBulkRows(repos, rows, today))
  const accounts = rows.map((r) => ({
    row: r.row,
    username: usernameSchema.parse(r.username),
    displayName: r.displayName.trim(),
    unit: r.unit.trim(),
    oneTimePassword: oneTimePassword(),
  }))
  // One at a time through the hashing thread: a big file does not crowd out sign-ins.
  const hashed: Array<(typeof accounts)[number] & { passwordHash: string }> = []
  for (const a of accounts) hashed.push({ ...a, passwordHash: await hasher.hash(a.oneTimePassword) })
  return repos.write(() => {
    // Checked again inside the transaction: names may have been taken while we hashed.
    refuse(checkBulkRows(repos, rows, today))
    const createdAt = new Date().toISOString()
    return hashed.map(({ passwordHash, ...a }) => {
      const unit = repos.organisations.findByCode(a.unit)
      if (!unit) throw new Error(`unit ${a.unit} vanished`) // checked just above, in this transaction
      repos.users.insert({
        username: a.username,
        displayName: a.displayName,
        role: 'district',
        orgId: unit.id,
        passwordHash,
        mustChangePassword: true,
        createdAt,
      })
      return { ...a, unitName: unit.fullName }
    })
  })
}
