import { useLocation, useSearchParams } from 'react-router'
import { Redirect } from '../../components/redirect.tsx'
import { LoadingState } from '../../components/query-state.tsx'
import { safeNext, useMe } from '../../features/auth/index.ts'
import { ChangePasswordForm } from '../../features/auth/change-password.ts'
import { paths } from '../../lib/paths.ts'

/** Lazy-loaded route: /doi-mat-khau?next=… (first sign-in with a one-time password, or any time). */
export default function ChangePasswordRoute() {
  const [params] = useSearchParams()
  const { pathname, search } = useLocation()
  const next = safeNext(params.get('next'))
  const me = useMe()
  if (me.isPending) return <LoadingState />
  const user = me.data?.user
  if (!user) return <Redirect to={paths.signIn(pathname + search)} />
  return (
    <>
      <title>Đổi mật khẩu — Chỉ tiêu Công đoàn</title>
      <h1>Đổi mật khẩu</h1>
      {user.mustChangePassword ? (
        <p className="lead" role="status">
          Bạn đang dùng mật khẩu tạm do quản trị viên cấp. Hãy đặt mật khẩu của riêng bạn để tiếp tục làm
          việc.
        </p>
      ) : (
        <p className="lead">
          Sau khi đổi, các phiên đăng nhập khác của bạn (trên máy khác, điện thoại) sẽ kết thúc.
        </p>
      )}
      <ChangePasswordForm user={user} next={next.startsWith(paths.changePassword()) ? '/' : next} />
    </>
  )
}
