// Every URL of the app and of the API, in one place.

/** Route patterns for <Route path>. */
export const routePatterns = {
  overview: '/',
  district: '/districts/:code',
  indicator: '/indicators/:key',
  present: '/present',
  report: '/report',
  signIn: '/dang-nhap',
  changePassword: '/doi-mat-khau',
  entry: '/entry/:code/:year',
  entryHistory: '/entry/:code/:year/history',
  reports: '/reports/:year',
  targets: '/targets/:year',
  admin: '/admin',
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
  report: (year?: number) => withQuery('/report', { year }),
  /** Sign-in; `next` is where to go afterwards (a path of this app). */
  signIn: (next?: string) => withQuery('/dang-nhap', { next }),
  /** The user's own password; `next` as for signIn (a one-time password sends the user here first). */
  changePassword: (next?: string) => withQuery('/doi-mat-khau', { next }),
  entry: (code: string, year: number) => `/entry/${encodeURIComponent(code)}/${year}`,
  entryHistory: (code: string, year: number) => `/entry/${encodeURIComponent(code)}/${year}/history`,
  reports: (year: number, status?: string) => withQuery(`/reports/${year}`, { status }),
  targets: (year: number) => `/targets/${year}`,
  admin: '/admin',
}

/** Static files shipped in web/public (see web/public/geo/ATTRIBUTION.md for the boundaries' licence). */
export const assetPaths = {
  districtBoundaries: '/geo/hanoi-districts-2020.geojson',
  favicon: '/favicon.svg',
}

export const apiPaths = {
  indicators: '/api/indicators',
  years: '/api/years',
  organisations: '/api/organisations',
  dashboard: (year: number) => withQuery('/api/dashboard', { year }),
  series: (code: string) => `/api/organisations/${encodeURIComponent(code)}/series`,
  ranking: (key: string, year: number) =>
    withQuery(`/api/indicators/${encodeURIComponent(key)}/ranking`, { year }),
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  me: '/api/auth/me',
  changePassword: '/api/auth/password',
  reportValues: (code: string, year: number) => `${reportBase(code, year)}/values`,
  reportAction: (code: string, year: number, action: 'submit' | 'accept' | 'return' | 'unlock') =>
    `${reportBase(code, year)}/${action}`,
  reportHistory: (code: string, year: number, indicator?: string) =>
    withQuery(`${reportBase(code, year)}/history`, { indicator }),
  reports: (year: number) => withQuery('/api/reports', { year }),
  targets: (year: number) => `/api/targets/${year}`,
  users: '/api/users',
  user: (id: number) => `/api/users/${id}`,
  bulkAccountsPreview: '/api/users/bulk/preview',
  bulkAccounts: '/api/users/bulk',
  settings: '/api/settings',
}

function reportBase(code: string, year: number): string {
  return `/api/organisations/${encodeURIComponent(code)}/years/${year}`
}
