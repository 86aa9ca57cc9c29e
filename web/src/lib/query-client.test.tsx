import { QueryClientProvider, useQuery } from '@tanstack/react-query'
import { renderHook, waitFor } from '@testing-library/react'
import type { ReactNode } from 'react'
import { describe, expect, it } from 'vitest'
import { createQueryClient, JUST_FETCHED_MS } from './query-client.ts'

/** A query that is stale at once, as the entry form's, the targets grid's and the report list's are. */
function mount(client: ReturnType<typeof createQueryClient>, asked: string[]) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
  return renderHook(
    () =>
      useQuery({
        queryKey: ['targets', 2026],
        queryFn: () => {
          asked.push('targets')
          return Promise.resolve({ from: 'server again' })
        },
        staleTime: 0,
      }),
    { wrapper },
  )
}

describe('createQueryClient', () => {
  it('does not ask again on mount for an answer just got (a server-drawn page’s answers)', async () => {
    const client = createQueryClient()
    client.setQueryData(['targets', 2026], { from: 'drawn page' })
    const asked: string[] = []
    const { result } = mount(client, asked)
    expect(result.current.data).toEqual({ from: 'drawn page' })
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(asked).toEqual([])
    expect(result.current.data).toEqual({ from: 'drawn page' })
  })

  it('asks again on mount for an older answer, as a stale query does', async () => {
    const client = createQueryClient()
    client.setQueryData(['targets', 2026], { from: 'earlier' }, { updatedAt: Date.now() - JUST_FETCHED_MS })
    const asked: string[] = []
    const { result } = mount(client, asked)
    await waitFor(() => expect(result.current.data).toEqual({ from: 'server again' }))
    expect(asked).toEqual(['targets'])
  })

  it('asks again for an answer a write invalidated, however recent', async () => {
    const client = createQueryClient()
    client.setQueryData(['targets', 2026], { from: 'drawn page' })
    await client.invalidateQueries({ queryKey: ['targets'], refetchType: 'none' })
    const asked: string[] = []
    const { result } = mount(client, asked)
    await waitFor(() => expect(result.current.data).toEqual({ from: 'server again' }))
    expect(asked).toEqual(['targets'])
  })
})
