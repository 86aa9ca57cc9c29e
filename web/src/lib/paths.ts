// Every URL of the app and of the API, in one place.
import type { DataBasis } from '@ldld/db/contracts'

/** `?data=accepted` only when asked for: the latest figures are the default and keep URLs short. */
const dataOf = (basis: DataBasis | undefined) => (basis === 'accepted' ? basis : undefined)

/** Route patterns for <Route path>. */
export const routePatterns = {
  overview: '/',
  district: '/districts/:code',
  indicator: '/indicators/:key',
  present: '/present',
  report: '/report',
  signIn: '/dang-nhap',
  /** Without a year: opens the unit's default year (the current reporting year while it exists). */
  entryStart: '/entry/:code',
  changePassword: '/doi-mat-khau',
  entry: '/entry/:code/:year',
  entryHistory: '/entry/:code/:year/history',
  reportsStart: '/reports',
  reports: '/reports/:year',
  targetsStart: '/targets',
  targets: '/targets/:year',
  admin: '/admin',
  extract: '/extract',
  imports: '/nhap-tu-excel',
} as const

function withQuery(path: string, query: Record<string, string | number | undefined>): string {
  const params = new URLSearchParams()
  for (const [name, value] of Object.entries(query)) if (value !== undefined) params.set(name, String(value))
  const search = params.toString()
  return search ? `${path}?${search}` : path
}

export const paths = {
  overview: (year?: number, indicator?: string, basis?: DataBasis) =>
    withQuery('/', { year, indicator, data: dataOf(basis) }),
  district: (code: string, basis?: DataBasis) =>
    withQuery(`/districts/${encodeURIComponent(code)}`, { data: dataOf(basis) }),
  indicator: (key: string, year?: number, basis?: DataBasis) =>
    withQuery(`/indicators/${encodeURIComponent(key)}`, { year, data: dataOf(basis) }),
  /** Presenter mode; `slide` is 1-based among the slides the presenter kept. */
  present: (year: number, slide?: number, basis?: DataBasis) =>
    withQuery('/present', { year, data: dataOf(basis), slide }),
  /** A4 print view of a year's report. */
  report: (year?: number, basis?: DataBasis) => withQuery('/report', { year, data: dataOf(basis) }),
  /** Sign-in; `next` is where to go afterwards (a path of this app). */
  signIn: (next?: string) => withQuery('/dang-nhap', { next }),
  /** A unit's entry page in its default year (the current reporting year, or the unit's last). */
  entryStart: (code: string) => `/entry/${encodeURIComponent(code)}`,
  /** The user's own password; `next` as for signIn (a one-time password sends the user here first). */
  changePassword: (next?: string) => withQuery('/doi-mat-khau', { next }),
  entry: (code: string, year: number) => `/entry/${encodeURIComponent(code)}/${year}`,
  entryHistory: (code: string, year: number) => `/entry/${encodeURIComponent(code)}/${year}/history`,
  reports: (year: number, status?: string) => withQuery(`/reports/${year}`, { status }),
  /** The reports of the current reporting year. */
  reportsStart: '/reports',
  targets: (year: number) => `/targets/${year}`,
  /** The targets of the year being planned (next year's from October). */
  targetsStart: '/targets',
  admin: '/admin',
  /** Reading figures out of report text, for a unit and year if chosen. */
  extract: (unit?: string, year?: number) => withQuery('/extract', { unit, year }),
  /** "Nhập từ Excel": the template, an upload, its preview and apply. */
  imports: '/nhap-tu-excel',
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
  unitImportPreview: '/api/organisations/import/preview',
  unitImport: '/api/organisations/import',
  unitExport: (format: 'csv' | 'xlsx') => withQuery('/api/organisations/export', { format }),
  predecessors: '/api/organisations/predecessors',
  dashboard: (year: number, basis?: DataBasis) => withQuery('/api/dashboard', { year, data: dataOf(basis) }),
  series: (code: string, basis?: DataBasis) =>
    withQuery(`/api/organisations/${encodeURIComponent(code)}/series`, { data: dataOf(basis) }),
  ranking: (key: string, year: number, basis?: DataBasis) =>
    withQuery(`/api/indicators/${encodeURIComponent(key)}/ranking`, { year, data: dataOf(basis) }),
  login: '/api/auth/login',
  logout: '/api/auth/logout',
  me: '/api/auth/me',
  changePassword: '/api/auth/password',
  reportValues: (code: string, year: number) => `${reportBase(code, year)}/values`,
  reportAction: (code: string, year: number, action: 'submit' | 'accept' | 'return' | 'unlock') =>
    `${reportBase(code, year)}/${action}`,
  /** One page of a report's history; `cursor` is the previous page's `nextCursor`. */
  reportHistory: (code: string, year: number, indicator?: string, cursor?: string) =>
    withQuery(`${reportBase(code, year)}/history`, { indicator, cursor }),
  reports: (year: number) => withQuery('/api/reports', { year }),
  targets: (year: number) => `/api/targets/${year}`,
  users: '/api/users',
  user: (id: number) => `/api/users/${id}`,
  bulkAccountsPreview: '/api/users/bulk/preview',
  bulkAccounts: '/api/users/bulk',
  settings: '/api/settings',
  extract: '/api/extract',
  imports: '/api/imports',
  importText: '/api/imports/text',
  importMapping: (id: string) => `/api/imports/${id}/mapping`,
  importApply: (id: string) => `/api/imports/${id}/apply`,
  /** The Excel form of a year: one unit's (`unit`), or every unit's for city staff. */
  template: (year: number, unit?: string) => withQuery(`/api/templates/${year}.xlsx`, { unit }),
}

function reportBase(code: string, year: number): string {
  return `/api/organisations/${encodeURIComponent(code)}/years/${year}`
}
