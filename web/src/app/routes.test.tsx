// The routes against a stubbed fetch (no network): URL states a user can reach by typing or sharing a link.
import { screen } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { Dashboard } from '@ldld/db/contracts'
import { baDinh, coverage, dashboard2021, haiBaTrung, indicators, wireDashboard } from '../test/fixtures.ts'
import { renderWithProviders } from '../test/render.tsx'
import { AppRoutes } from './router.tsx'

const emptyYear: Dashboard = {
  ...dashboard2021,
  year: 2030,
  coverage: coverage({ expected: 2, reported: 0 }),
  cells: [],
  totals: [],
}
const years = {
  years: [2020, 2021, 2027],
  latest: 2021,
  planYears: [2027],
  details: [
    { year: 2020, hasActuals: true, hasTargets: true },
    { year: 2021, hasActuals: true, hasTargets: true },
    { year: 2027, hasActuals: false, hasTargets: true },
  ],
  currentYear: 2026,
  writable: { from: 2014, to: 2027 },
}

const responses: Record<string, [number, unknown]> = {
  '/api/years': [200, years],
  '/api/indicators': [200, { indicators }],
  '/api/organisations': [200, { organisations: [baDinh, haiBaTrung] }],
  '/api/dashboard?year=2021': [200, wireDashboard(dashboard2021)],
  '/api/dashboard?year=2030': [200, wireDashboard(emptyYear)],
  '/api/organisations/999/series': [
    404,
    { error: { code: 'not_found', message: 'Không tìm thấy đơn vị 999.' } },
  ],
  '/api/dashboard?year=2019': [
    500,
    { error: { code: 'internal', message: 'Lỗi máy chủ, vui lòng thử lại sau.' } },
  ],
}

beforeEach(() => {
  vi.stubGlobal('fetch', (url: string) => {
    const [status, body] = responses[url] ?? [
      404,
      { error: { code: 'not_found', message: 'Không tìm thấy.' } },
    ]
    return Promise.resolve(
      new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json' } }),
    )
  })
})
afterEach(() => vi.unstubAllGlobals())

describe('routes', () => {
  it('renders the overview of the year in the URL', async () => {
    renderWithProviders(<AppRoutes />, { route: '/?year=2021' })
    expect(
      await screen.findByRole('heading', { level: 1, name: 'Kết quả thực hiện chỉ tiêu năm 2021' }),
    ).toBeTruthy()
    expect(await screen.findByText('52.310')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Bỏ qua đến nội dung chính' }).getAttribute('href')).toBe('#main')
  })

  it('explains a malformed ?year and links back', async () => {
    renderWithProviders(<AppRoutes />, { route: '/?year=abc' })
    expect(await screen.findByRole('heading', { name: 'Năm không hợp lệ' })).toBeTruthy()
    expect(screen.getByText('Năm phải là một số, ví dụ 2021.')).toBeTruthy()
    expect(screen.getByRole('link', { name: 'Về năm mới nhất' }).getAttribute('href')).toBe('/')
  })

  it('says a year has no figures yet', async () => {
    renderWithProviders(<AppRoutes />, { route: '/?year=2030' })
    expect(await screen.findByText('Chưa có số liệu năm 2030')).toBeTruthy()
    expect(screen.getByText('0/2 đơn vị đã báo cáo.')).toBeTruthy()
  })

  it('offers a year of targets only in the picker, marked as a plan', async () => {
    renderWithProviders(<AppRoutes />, { route: '/?year=2021' })
    expect(await screen.findByRole('option', { name: '2027 (kế hoạch)' })).toBeTruthy()
    expect(screen.getByRole('option', { name: '2021' })).toBeTruthy()
  })

  it('shows the server message when the dashboard fails', async () => {
    renderWithProviders(<AppRoutes />, { route: '/?year=2019' })
    expect(await screen.findByText('Lỗi máy chủ, vui lòng thử lại sau.')).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Thử lại' })).toBeTruthy()
  })

  it('answers an unknown district code with "Không tìm thấy đơn vị"', async () => {
    renderWithProviders(<AppRoutes />, { route: '/districts/999' })
    expect(
      await screen.findByRole('heading', { name: 'Không tìm thấy đơn vị' }, { timeout: 3000 }),
    ).toBeTruthy()
  })
})
