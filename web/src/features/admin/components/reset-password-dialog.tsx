import type { User } from '@ldld/db/contracts'
import { Dialog } from '../../../components/form/dialog.tsx'
import { errorNotice, NoticeLine } from '../../../components/notice-line.tsx'
import { useUpdateUser } from '../api/update-user.ts'
import { OneTimePassword } from './one-time-password.tsx'

/**
 * The admin gives a user a new one-time password (made by the server, shown once) and tells them by
 * another channel; the user's sessions end and the next sign-in must change it.
 */
export function ResetPasswordDialog({ user, onClose }: { user: User; onClose: () => void }) {
  const update = useUpdateUser()
  const made = update.data?.oneTimePassword
  return (
    <Dialog title={`Đặt lại mật khẩu: ${user.displayName}`} onClose={onClose}>
      <p>
        Hệ thống tạo một mật khẩu tạm cho <strong>{user.username}</strong>. Mọi phiên đăng nhập của người này
        kết thúc; lần đăng nhập tới phải đổi mật khẩu.
      </p>
      {made ? (
        <OneTimePassword username={user.username} password={made} />
      ) : (
        <div className="form__actions">
          <button
            type="button"
            className="button"
            disabled={update.isPending}
            onClick={() => update.mutate({ id: user.id, resetPassword: true })}
          >
            Tạo mật khẩu tạm
          </button>
        </div>
      )}
      <NoticeLine notice={update.isError ? errorNotice(update.error) : null} />
    </Dialog>
  )
}
