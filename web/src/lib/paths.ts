// Every URL of the app and of the API, in one place.

/** Route patterns for <Route path>. */
export const routePatterns = {
  overview: '/',
  district: '/districts/:code',
  indicator: '/indicators/:key',
  present: '/present',
  report: '/report',
} as const

function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value))
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

export const paths = {
  overview: (year?: number, indicator?: string) => withQuery('/', { year, indicator }),
  district: (code: string) => `/districts/${encodeURIComponent(code)}`,
  indicator: (key: string, year?: number) => withQuery(`/indicators/${encodeURIComponent(key)}`, { year }),
  /** Presenter mode; `slide` is 1-based among the slides the presenter kept. */
  present: (year: number, slide?: number) => withQuery('/present', { year, slide }),
  /** A4 print view of a year's report. */
  report: (year: number) => withQuery('/report', { year }),
}

/** Static files shipped in web/public (see web/public/geo/ATTRIBUTION.md for the boundaries' licence). */
export const assetPaths = {
  districtBoundaries: '/geo/hanoi-districts-2020.geojson',
}

export const apiPaths = {
  indicators: '/api/indicators',
  years: '/api/years',
  organisations: '/api/organisations',
  dashboard: (year: number) => withQuery('/api/dashboard', { year }),
  series: (code: string) => `/api/organisations/${encodeURIComponent(code)}/series`,
  ranking: (key: string, year: number) => withQuery(`/api/indicators/${encodeURIComponent(key)}/ranking`, { year }),
}
