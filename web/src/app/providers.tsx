import { QueryClientProvider, type QueryClient } from '@tanstack/react-query'
import { useState, type ReactNode } from 'react'
import { BrowserRouter } from 'react-router'
import { createQueryClient } from '../lib/query-client.ts'
import { preloadFirstPaint } from './preload.ts'

interface ProvidersProps {
  children: ReactNode
  /** Tests pass their own client (no retries, prefilled data). */
  queryClient?: QueryClient
}

export function Providers({ children, queryClient }: ProvidersProps) {
  const [client] = useState(() => {
    if (queryClient) return queryClient
    const created = createQueryClient()
    preloadFirstPaint(created, window.location)
    return created
  })
  return (
    <QueryClientProvider client={client}>
      <BrowserRouter>{children}</BrowserRouter>
    </QueryClientProvider>
  )
}
