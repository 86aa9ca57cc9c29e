import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { useNavigate } from 'react-router'
import type { Me } from '@ldld/db/contracts'
import { setCsrfToken, setUnauthorizedHandler } from '../../../lib/api-client.ts'
import { paths, routePatterns } from '../../../lib/paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'

/** A 401 anywhere means the session is over (or reading is not public): forget it and go to sign-in. */
export function useUnauthorizedRedirect(): void {
  const client = useQueryClient()
  const navigate = useNavigate()
  useEffect(() => {
    setUnauthorizedHandler(() => {
      const previous = client.getQueryData<Me>(queryKeys.me)
      setCsrfToken(null)
      client.setQueryData<Me>(queryKeys.me, {
        user: null,
        csrfToken: null,
        publicRead: previous?.publicRead ?? false,
      })
      const { pathname, search } = window.location
      if (pathname !== routePatterns.signIn) void navigate(paths.signIn(pathname + search))
    })
    return () => setUnauthorizedHandler(null)
  }, [client, navigate])
}
