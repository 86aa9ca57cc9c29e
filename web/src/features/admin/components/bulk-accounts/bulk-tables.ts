// The two files of accounts in bulk, in the download table model: the empty template to fill in, and
// the list of created accounts with their one-time passwords (downloaded once, then handed out).
import { BULK_COLUMNS, type BulkCreatedAccount } from '@ldld/db/contracts'
import type { ExportTable } from '../../../../lib/export/index.ts'

export function templateTable(): ExportTable {
  return {
    fileName: 'mau-tao-tai-khoan',
    sheetName: 'Tài khoản',
    columns: [
      { header: BULK_COLUMNS.unit, type: 'text', width: 14 },
      { header: BULK_COLUMNS.displayName, type: 'text', width: 32 },
      { header: BULK_COLUMNS.username, type: 'text', width: 20 },
    ],
    rows: [],
  }
}

export function createdAccountsTable(accounts: readonly BulkCreatedAccount[], createdAt: Date): ExportTable {
  const stamp = createdAt.toISOString().slice(0, 16).replace(/[-:T]/g, '')
  return {
    fileName: `tai-khoan-moi-${stamp}`,
    sheetName: 'Tài khoản mới',
    columns: [
      { header: BULK_COLUMNS.unit, type: 'text', width: 12 },
      { header: 'Đơn vị', type: 'text', width: 32 },
      { header: BULK_COLUMNS.displayName, type: 'text', width: 28 },
      { header: BULK_COLUMNS.username, type: 'text', width: 18 },
      { header: 'Mật khẩu tạm (đổi khi đăng nhập lần đầu)', type: 'text', width: 24 },
    ],
    rows: accounts.map((a) => [a.unit, a.unitName, a.displayName, a.username, a.oneTimePassword]),
  }
}
