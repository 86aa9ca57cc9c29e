import { useSearchParams } from 'react-router'
import { Redirect } from '../../components/redirect.tsx'
import { LoadingState } from '../../components/query-state.tsx'
import { safeNext, useMe } from '../../features/auth/index.ts'
import { SignInForm } from '../../features/auth/sign-in.ts'

/** Lazy-loaded route: /dang-nhap?next=… */
export default function SignInRoute() {
  const [params] = useSearchParams()
  const next = safeNext(params.get('next'))
  const me = useMe()
  if (me.isPending) return <LoadingState />
  if (me.data?.user) return <Redirect to={next} />
  return (
    <>
      <title>Đăng nhập — Chỉ tiêu Công đoàn</title>
      <h1>Đăng nhập</h1>
      <p className="lead">Dành cho cán bộ LĐLĐ Thành phố và LĐLĐ các quận, huyện.</p>
      <SignInForm next={next} />
    </>
  )
}
