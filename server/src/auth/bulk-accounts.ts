// Accounts in bulk (issue 8): one district-role officer per union from a CSV/XLSX file. The preview
// and the creation run the same checks; the creation hashes every one-time password first, then
// writes all the accounts in one transaction, or none.
import {
  BULK_COLUMNS,
  isUnitCode,
  UNIT_CODE_RULE,
  usernameSchema,
  type BulkAccountRow,
  type BulkCreatedAccount,
  type BulkPreviewRow,
} from '@ldld/db/contracts'
import { HttpError, unprocessable } from '../errors.ts'
import type { Table } from '../files/read-table.ts'
import type { OrganisationRow, Repositories } from '../repositories/index.ts'
import { oneTimePassword } from './one-time-password.ts'
import type { PasswordHasher } from './password.ts'

type Column = keyof typeof BULK_COLUMNS

/** Header spellings, compared without diacritics, case, spaces or punctuation. */
const ALIASES: Record<Column, readonly string[]> = {
  unit: ['madonvi', 'donvi', 'macongdoan', 'unitcode', 'unit', 'code'],
  displayName: ['tenhienthi', 'hoten', 'hovaten', 'tencanbo', 'displayname', 'name'],
  username: ['tendangnhap', 'taikhoan', 'username', 'login'],
}

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '')

/** The file's rows as typed, by column; 400 naming the missing columns when the header is wrong. */
export function bulkRowsFromTable(table: Table): BulkAccountRow[] {
  const header = table.header.map(fold)
  const index = {} as Record<Column, number>
  const missing: string[] = []
  for (const column of Object.keys(ALIASES) as Column[]) {
    index[column] = header.findIndex((name) => ALIASES[column].includes(name))
    if (index[column] < 0) missing.push(`“${BULK_COLUMNS[column]}”`)
  }
  if (missing.length > 0) {
    const found = table.header.filter((h) => h !== '').map((h) => `“${h}”`)
    throw new HttpError(
      400,
      'wrong_columns',
      `Tệp thiếu cột ${missing.join(', ')}. Dòng đầu tiên phải là tên các cột: ${Object.values(BULK_COLUMNS).join(', ')}` +
        (found.length > 0 ? ` (tệp có: ${found.join(', ')}).` : ' (dòng đầu tiên đang trống).'),
    )
  }
  if (table.rows.length === 0)
    throw new HttpError(400, 'empty_file', 'Tệp chỉ có dòng tên cột, chưa có tài khoản nào.')
  return table.rows.map(({ row, cells }) => ({
    row,
    unit: cells[index.unit] ?? '',
    displayName: cells[index.displayName] ?? '',
    username: cells[index.username] ?? '',
  }))
}

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
