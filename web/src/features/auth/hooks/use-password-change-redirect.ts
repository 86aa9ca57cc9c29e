import { useEffect } from 'react'
import { useLocation, useNavigate } from 'react-router'
import { paths, routePatterns } from '../../../lib/paths.ts'
import { useMe } from '../api/get-me.ts'

/**
 * Someone signed in with a one-time password may do nothing else until they change it (the server
 * answers 403 password_change_required): every page sends them to "Đổi mật khẩu", then back.
 */
export function usePasswordChangeRedirect(): void {
  const mustChange = useMe().data?.user?.mustChangePassword === true
  const { pathname, search } = useLocation()
  const navigate = useNavigate()
  useEffect(() => {
    if (mustChange && pathname !== routePatterns.changePassword)
      void navigate(paths.changePassword(pathname + search), { replace: true })
  }, [mustChange, pathname, search, navigate])
}
