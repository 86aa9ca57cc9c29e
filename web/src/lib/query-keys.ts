// Every query key comes from here, with every input of the request in it.
export const queryKeys = {
  indicators: ['indicators'] as const,
  years: ['years'] as const,
  organisations: ['organisations'] as const,
  dashboard: (year: number) => ['dashboard', year] as const,
  series: (code: string) => ['series', code] as const,
  ranking: (key: string, year: number) => ['ranking', key, year] as const,
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
