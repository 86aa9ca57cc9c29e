import { useState } from 'react'
import type { Organisation, User } from '@ldld/db/contracts'
import { errorNotice, NoticeLine, type Notice } from '../../../components/notice-line.tsx'
import { formatDateTime } from '../../../lib/date-time.ts'
import { roleLabel } from '@ldld/db/contracts'
import { useUpdateUser } from '../api/update-user.ts'
import { ResetPasswordDialog } from './reset-password-dialog.tsx'

/** Every account, with deactivate / reactivate and password reset. */
export function UsersTable({ users, units }: { users: readonly User[]; units: readonly Organisation[] }) {
  const update = useUpdateUser()
  const [resetting, setResetting] = useState<User | null>(null)
  const [notice, setNotice] = useState<Notice | null>(null)
  const unitName = (code: string | null) =>
    code === null ? '—' : (units.find((u) => u.code === code)?.name ?? code)
  const toggle = (user: User) =>
    update.mutate(
      { id: user.id, active: !user.active },
      {
        onSuccess: () =>
          setNotice({
            kind: 'success',
            text: `${user.active ? 'Đã vô hiệu hóa' : 'Đã kích hoạt lại'} tài khoản ${user.username}.`,
          }),
        onError: (error) => setNotice(errorNotice(error)),
      },
    )
  return (
    <>
      <NoticeLine notice={notice} />
      <div className="table-scroll" role="region" aria-labelledby="users-caption" tabIndex={0}>
        <table className="data-table">
          <caption id="users-caption" className="sr-only">
            Danh sách người dùng
          </caption>
          <thead>
            <tr>
              <th scope="col">Tên đăng nhập</th>
              <th scope="col">Tên hiển thị</th>
              <th scope="col">Vai trò</th>
              <th scope="col">Đơn vị</th>
              <th scope="col">Trạng thái</th>
              <th scope="col">Tạo lúc</th>
              <th scope="col">Thao tác</th>
            </tr>
          </thead>
          <tbody>
            {users.map((u) => (
              <tr key={u.id}>
                <th scope="row">{u.username}</th>
                <td>{u.displayName}</td>
                <td>
                  {roleLabel(
                    u.role,
                    units.find((unit) => unit.code === u.unit),
                  )}
                </td>
                <td>{unitName(u.unit)}</td>
                <td>
                  {!u.active
                    ? 'Đã vô hiệu hóa'
                    : u.mustChangePassword
                      ? 'Chờ đổi mật khẩu tạm'
                      : 'Đang hoạt động'}
                </td>
                <td>{formatDateTime(u.createdAt)}</td>
                <td className="admin-actions">
                  <button
                    type="button"
                    className="button button--small"
                    disabled={update.isPending}
                    onClick={() => toggle(u)}
                  >
                    {u.active ? 'Vô hiệu hóa' : 'Kích hoạt lại'}
                    <span className="sr-only"> {u.username}</span>
                  </button>
                  <button type="button" className="button button--small" onClick={() => setResetting(u)}>
                    Đặt lại mật khẩu<span className="sr-only"> {u.username}</span>
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {resetting && <ResetPasswordDialog user={resetting} onClose={() => setResetting(null)} />}
    </>
  )
}
