// Every query key comes from here, with every input of the request in it.
import type { DataBasis } from '@ldld/db/contracts'

export const queryKeys = {
  indicators: ['indicators'] as const,
  years: ['years'] as const,
  organisations: ['organisations'] as const,
  /** Without a basis: the prefix of both readings of that year. */
  dashboard: (year: number, basis: DataBasis = 'latest') => ['dashboard', year, basis] as const,
  series: (code: string, basis: DataBasis = 'latest') => ['series', code, basis] as const,
  ranking: (key: string, year: number, basis: DataBasis = 'latest') => ['ranking', key, year, basis] as const,
  me: ['me'] as const,
  report: (code: string, year: number) => ['report', code, year] as const,
  /** Without `indicator`: the prefix of every history list of that report. */
  reportHistory: (code: string, year: number, indicator?: string) =>
    indicator === undefined
      ? (['report-history', code, year] as const)
      : (['report-history', code, year, indicator] as const),
  reports: (year: number) => ['reports', year] as const,
  targets: (year: number) => ['targets', year] as const,
  users: ['users'] as const,
  settings: ['settings'] as const,
}

type KeyOf<T> = T extends (...args: never[]) => infer K ? K : T
/** The first element of every app query key: what a write marks stale (lib/invalidation.ts). */
export type QueryRoot = {
  [K in keyof typeof queryKeys]: KeyOf<(typeof queryKeys)[K]>
}[keyof typeof queryKeys][0]
