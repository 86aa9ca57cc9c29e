// Every query key comes from here, with every input of the request in it.
export const queryKeys = {
  indicators: ['indicators'] as const,
  years: ['years'] as const,
  organisations: ['organisations'] as const,
  dashboard: (year: number) => ['dashboard', year] as const,
  series: (code: string) => ['series', code] as const,
  ranking: (key: string, year: number) => ['ranking', key, year] as const,
}
