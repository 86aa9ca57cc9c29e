import type { ReactNode } from 'react'
import { useLocation } from 'react-router'
import { Redirect } from '../../../components/redirect.tsx'
import type { Role } from '@ldld/db/contracts'
import { Forbidden } from '../../../components/forbidden.tsx'
import { QueryState } from '../../../components/query-state.tsx'
import { paths } from '../../../lib/paths.ts'
import { useMe } from '../api/get-me.ts'

interface RequireRoleProps {
  /** Roles allowed here; any signed-in user when omitted. The server checks again on every request. */
  roles?: readonly Role[]
  children: ReactNode
}

/** The route guard: anonymous → sign-in (and back here afterwards), wrong role → "Không có quyền". */
export function RequireRole({ roles, children }: RequireRoleProps) {
  const me = useMe()
  const { pathname, search } = useLocation()
  return (
    <QueryState query={me} loadingLabel="Đang kiểm tra đăng nhập…">
      {({ user }) => {
        if (!user) return <Redirect to={paths.signIn(pathname + search)} />
        if (roles && !roles.includes(user.role)) return <Forbidden />
        return children
      }}
    </QueryState>
  )
}
