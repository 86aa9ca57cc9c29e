import { describe, expect, it } from 'vitest'
import type { QueryKey } from '@tanstack/react-query'
import { testQueryClient } from '../test/render.tsx'
import { invalidateAfter } from './invalidation.ts'
import { queryKeys } from './query-keys.ts'

const CACHED: Record<string, QueryKey> = {
  indicators: queryKeys.indicators,
  years: queryKeys.years,
  organisations: queryKeys.organisations,
  dashboard: queryKeys.dashboard(2024, 'accepted'),
  series: queryKeys.series('007', 'latest'),
  ranking: queryKeys.ranking('new_members', 2024),
  rankingOrNull: [...queryKeys.ranking('new_members', 2024), 'or-null'],
  me: queryKeys.me,
  report: queryKeys.report('007', 2024),
  otherReport: queryKeys.report('008', 2024),
  reportHistory: queryKeys.reportHistory('007', 2024, 'new_members'),
  reports: queryKeys.reports(2024),
  targets: queryKeys.targets(2025),
  users: queryKeys.users,
  settings: queryKeys.settings,
  boundaries: ['geo', 'hanoi-districts-2020'],
}

function staleAfter(write: Parameters<typeof invalidateAfter>[1], fresh?: QueryKey) {
  const client = testQueryClient()
  for (const key of Object.values(CACHED)) client.setQueryData(key, { cached: true })
  return invalidateAfter(client, write, fresh).then(() =>
    Object.entries(CACHED)
      .filter(([, key]) => client.getQueryState(key)?.isInvalidated)
      .map(([name]) => name)
      .sort(),
  )
}

const FIGURES = [
  'dashboard',
  'otherReport',
  'ranking',
  'rankingOrNull',
  'report',
  'reportHistory',
  'reports',
  'series',
  'targets',
  'years',
]

describe('what a write makes stale', () => {
  it('a report or targets write: every figure, report and target read, the years with figures included', async () => {
    expect(await staleAfter('figures')).toEqual(FIGURES)
  })

  it('leaves alone the key the write has just filled with its answer', async () => {
    const stale = await staleAfter('figures', queryKeys.report('007', 2024))
    expect(stale).not.toContain('report')
    expect(stale).toContain('otherReport')
  })

  it('a new indicator: the catalogue and every figure read (a district series gains a row)', async () => {
    expect(await staleAfter('indicators')).toEqual(['indicators', ...FIGURES].sort())
  })

  it('a new or imported unit: the organisations and every figure read', async () => {
    expect(await staleAfter('units')).toEqual(['organisations', ...FIGURES].sort())
  })

  it('settings and accounts touch only their own reads', async () => {
    expect(await staleAfter('settings')).toEqual(['me', 'settings'])
    expect(await staleAfter('users')).toEqual(['users'])
  })
})
