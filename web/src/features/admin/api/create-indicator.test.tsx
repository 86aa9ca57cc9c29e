import { QueryClientProvider } from '@tanstack/react-query'
import { act, renderHook } from '@testing-library/react'
import type { ReactNode } from 'react'
import { afterEach, expect, it, vi } from 'vitest'
import { queryKeys } from '../../../lib/query-keys.ts'
import { testQueryClient } from '../../../test/render.tsx'
import { stubFetch } from '../../../test/write-fixtures.ts'
import { useCreateIndicator } from './create-indicator.ts'

afterEach(() => vi.unstubAllGlobals())

it('a new indicator makes the cached district series and rankings stale, not only the catalogue', async () => {
  vi.stubGlobal('fetch', stubFetch(() => [201, {}]).fetchStub)
  const client = testQueryClient()
  const series = queryKeys.series('007', 'latest')
  const ranking = queryKeys.ranking('new_members', 2024)
  client.setQueryData(series, {})
  client.setQueryData(ranking, {})
  const wrapper = ({ children }: { children: ReactNode }) => (
    <QueryClientProvider client={client}>{children}</QueryClientProvider>
  )
  const { result } = renderHook(() => useCreateIndicator(), { wrapper })
  await act(() =>
    result.current.mutateAsync({
      key: 'new_clubs',
      nameVi: 'Câu lạc bộ mới',
      shortNameVi: 'CLB mới',
      nameEn: 'New clubs',
      unitKind: 'count',
      unitLabel: 'câu lạc bộ',
      measure: 'flow',
      takesTarget: true,
      higherIsBetter: true,
      headline: false,
      firstYear: 2024,
    }),
  )
  expect(client.getQueryState(series)?.isInvalidated).toBe(true)
  expect(client.getQueryState(ranking)?.isInvalidated).toBe(true)
})
