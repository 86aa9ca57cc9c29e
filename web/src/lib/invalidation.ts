// What each kind of write makes stale: the one list, used by every mutation of the app. Marking a
// query stale costs nothing unless a page shows it (only active queries refetch), so each list
// errs on the side of too much: a stale figure on a page is the bug, an extra request is not.
import { hashKey, type QueryClient, type QueryKey } from '@tanstack/react-query'
import type { QueryRoot } from './query-keys.ts'

/** Every read that shows a figure, a target, a report's state or the years that have figures. */
const FIGURE_READS = [
  'dashboard',
  'series',
  'ranking',
  'years',
  'reports',
  'report',
  'report-history',
  'targets',
] as const satisfies readonly QueryRoot[]

export const STALE_AFTER = {
  /** A report saved, submitted, accepted, returned or unlocked; targets saved; figures imported. */
  figures: FIGURE_READS,
  /** A new indicator in a year's plan: the catalogue and every table of figures gain a row. */
  indicators: ['indicators', ...FIGURE_READS],
  /** A unit created, or a list of units imported: names, codes, groups and every table change. */
  units: ['organisations', ...FIGURE_READS],
  /** The public-view switch; `me` carries it too. */
  settings: ['settings', 'me'],
  /** An account created, changed or made in bulk. */
  users: ['users'],
} as const satisfies Record<string, readonly QueryRoot[]>

export type WriteKind = keyof typeof STALE_AFTER

/**
 * Marks stale what a write of this kind changes. `fresh` is a key the caller has just filled with
 * the write's own answer (the saved report, the saved targets): it is left as it is.
 */
export function invalidateAfter(client: QueryClient, kind: WriteKind, fresh?: QueryKey): Promise<void> {
  const roots = new Set<string>(STALE_AFTER[kind])
  const freshHash = fresh === undefined ? undefined : hashKey(fresh)
  return client.invalidateQueries({
    predicate: (query) => roots.has(String(query.queryKey[0])) && query.queryHash !== freshHash,
  })
}
