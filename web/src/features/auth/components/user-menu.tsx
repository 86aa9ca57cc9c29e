import { Link, useLocation, useNavigate } from 'react-router'
import { paths, routePatterns } from '../../../lib/paths.ts'
import { roleLabel, type Role } from '@ldld/db/contracts'
import { useOrganisations } from '../../../api/get-organisations.ts'
import { useMe } from '../api/get-me.ts'
import { useSignOut } from '../api/sign-out.ts'

/** The role as the unit's kind says it: "Cán bộ công đoàn phường Hai Bà Trưng". */
function RoleLabel({ role, unit }: { role: Role; unit: string | null }) {
  // Asked only when signed in; the catalogue of units is cached for the whole visit.
  const units = useOrganisations()
  const org = unit === null ? undefined : units.data?.find((u) => u.code === unit)
  return <span className="user-menu__role">{roleLabel(role, org)}</span>
}

/** Header corner: who is signed in and as what, or a link to sign in. */
export function UserMenu() {
  const me = useMe()
  const signOut = useSignOut()
  const navigate = useNavigate()
  const { pathname, search } = useLocation()
  // Until the session is known, hold the place of "Đăng nhập", so the header does not grow (and move
  // the page) when it appears (layout shift, issue 10).
  if (me.isPending)
    return (
      <span className="site-nav__link user-menu__pending" aria-hidden="true">
        Đăng nhập
      </span>
    )
  const user = me.data?.user
  if (!user) {
    if (pathname === routePatterns.signIn) return null
    return (
      <Link className="site-nav__link" to={paths.signIn(pathname + search)}>
        Đăng nhập
      </Link>
    )
  }
  const onSignOut = () =>
    signOut.mutate(undefined, {
      onSettled: () => void navigate(me.data?.publicRead ? paths.overview() : paths.signIn()),
    })
  return (
    <div className="user-menu">
      <p className="user-menu__who">
        <span className="user-menu__name">{user.displayName}</span>
        <RoleLabel role={user.role} unit={user.unit} />
      </p>
      <Link className="site-nav__link" to={paths.changePassword(pathname + search)}>
        Đổi mật khẩu
      </Link>
      <button
        type="button"
        className="button button--on-dark"
        onClick={onSignOut}
        disabled={signOut.isPending}
      >
        Đăng xuất
      </button>
    </div>
  )
}
