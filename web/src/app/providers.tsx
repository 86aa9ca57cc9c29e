import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { BrowserRouter, StaticRouter } from 'react-router'
import { createQueryClient } from '../lib/query-client.ts'
import { preloadFirstPaint } from './preload.ts'

interface ProvidersProps {
  children: ReactNode
  /** Tests pass their own client (no retries, prefilled data); so do the server and a server-drawn page. */
  queryClient?: QueryClient
  /** Server rendering: the page's address (the browser's router reads window.location). */
  location?: string
}

export function Providers({ children, queryClient, location }: ProvidersProps) {
  const [client] = useState(() => {
    if (queryClient) return queryClient
    const created = createQueryClient()
    preloadFirstPaint(created, window.location)
    return created
  })
  return (
    <QueryClientProvider client={client}>
      {location === undefined ? (
        <BrowserRouter>{children}</BrowserRouter>
      ) : (
        <StaticRouter location={location}>{children}</StaticRouter>
      )}
    </QueryClientProvider>
  )
}
