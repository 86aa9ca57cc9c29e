import { useState } from 'react'
import type { BulkCreatedAccount } from '@ldld/db/contracts'
import { ExportButtons } from '../../../../components/export-buttons.tsx'
import { createdAccountsTable } from './bulk-tables.ts'

/** The created accounts with their one-time passwords: shown this once, to download and hand out. */
export function BulkResult({ accounts }: { accounts: readonly BulkCreatedAccount[] }) {
  const [createdAt] = useState(() => new Date())
  return (
    <div className="bulk-result">
      <p className="form-success" role="status">
        Đã tạo {accounts.length} tài khoản. Mật khẩu tạm chỉ hiện một lần này: hãy tải danh sách về và trao
        cho từng cán bộ; mỗi người phải đổi mật khẩu khi đăng nhập lần đầu.
      </p>
      <ExportButtons table={() => createdAccountsTable(accounts, createdAt)} what="danh sách tài khoản mới" />
      <div className="table-scroll" role="region" aria-labelledby="bulk-result-caption" tabIndex={0}>
        <table className="data-table bulk-table">
          <caption id="bulk-result-caption">Tài khoản vừa tạo</caption>
          <thead>
            <tr>
              <th scope="col">Tên đăng nhập</th>
              <th scope="col">Tên hiển thị</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Mật khẩu tạm</th>
            </tr>
          </thead>
          <tbody>
            {accounts.map((a) => (
              <tr key={a.username}>
                <th scope="row">{a.username}</th>
                <td>{a.displayName}</td>
                <td>{a.unitName}</td>
                <td>
                  <code translate="no">{a.oneTimePassword}</code>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  )
}
