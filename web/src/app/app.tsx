import type { QueryClient } from '@tanstack/react-query'
import { Providers } from './providers.tsx'
import { AppRoutes } from './router.tsx'

interface AppProps {
  /** A client prepared before the first render (a server-drawn page brings its answers). */
  queryClient?: QueryClient
  /** Server rendering only: the page's address. */
  location?: string
}

export function App({ queryClient, location }: AppProps = {}) {
  return (
    <Providers queryClient={queryClient} location={location}>
      <AppRoutes />
    </Providers>
  )
}
