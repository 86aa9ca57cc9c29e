// The history list: a page at a time, "Xem thêm" for older entries, people by display name, origins.
import { screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { HistoryEntry } from '@ldld/db/contracts'
import { haiBaTrung } from '../../../test/fixtures.ts'
import { renderWithProviders } from '../../../test/render.tsx'
import { stubFetch } from '../../../test/write-fixtures.ts'
import { HistoryList } from './history-list.tsx'

afterEach(() => vi.unstubAllGlobals())

const entry = (id: number, over: Partial<HistoryEntry> = {}): HistoryEntry => ({
  id,
  at: '2024-12-20T03:00:00.000Z',
  user: 'Cán bộ LĐLĐ thành phố (demo)',
  userRole: 'city',
  unit: '007',
  year: 2024,
  indicator: 'new_members',
  field: 'note',
  oldValue: null,
  newValue: `Ghi chú ${id}`,
  oldQualifier: null,
  newQualifier: null,
  note: `Ghi chú ${id}`,
  origin: { kind: 'form' },
  ...over,
})

describe('history list', () => {
  it('shows the newest page, then the older one on "Xem thêm"; origins and qualifiers in words', async () => {
    const { fetchStub, calls } = stubFetch((_method, path) =>
      path === '/api/organisations'
        ? [200, { organisations: [haiBaTrung] }]
        : path.includes('cursor=')
          ? [200, { entries: [entry(1)], nextCursor: null }]
          : [
              200,
              {
                entries: [
                  entry(3, {
                    field: 'actual',
                    oldValue: '2352',
                    newValue: '2352',
                    oldQualifier: 'exact',
                    newQualifier: 'exact',
                    origin: { kind: 'confirm' },
                    user: 'Cán bộ LĐLĐ quận Hai Bà Trưng (demo)',
                    userRole: 'district',
                  }),
                  entry(2, {
                    field: 'actual',
                    oldValue: '10000000000',
                    newValue: '11786100000',
                    oldQualifier: 'exact',
                    newQualifier: 'at_least',
                    origin: { kind: 'file', file: 'bao-cao-2026.xlsx', sheet: null, cell: 'D7' },
                  }),
                ],
                nextCursor: '2',
              },
            ],
    )
    vi.stubGlobal('fetch', fetchStub)
    const user = userEvent.setup()
    renderWithProviders(
      <HistoryList unit="007" year={2024} rows={new Map()} caption="Lịch sử" emptyMessage="Trống" />,
    )
    expect(await screen.findByText('xác nhận số liệu minh họa là số liệu thật')).toBeTruthy()
    expect(screen.getByText('nhập từ tệp bao-cao-2026.xlsx, ô D7')).toBeTruthy()
    expect(screen.getByText('hơn 11.786.100.000')).toBeTruthy()
    expect(screen.getByText('Cán bộ LĐLĐ quận Hai Bà Trưng (demo)')).toBeTruthy()
    // The qualifier change is said in words, and a unit officer's role names the report's unit.
    expect(screen.getByText('Cách nêu: chính xác → hơn (ít nhất)')).toBeTruthy()
    expect(await screen.findByText('Cán bộ LĐLĐ quận Hai Bà Trưng')).toBeTruthy()
    expect(screen.queryByText('Ghi chú 1')).toBeNull()
    await user.click(screen.getByRole('button', { name: 'Xem thêm' }))
    expect(await screen.findByText('Ghi chú 1')).toBeTruthy()
    expect(screen.queryByRole('button', { name: 'Xem thêm' })).toBeNull()
    expect(calls.map((c) => c.path).filter((p) => p.includes('/history'))).toEqual([
      '/api/organisations/007/years/2024/history',
      '/api/organisations/007/years/2024/history?cursor=2',
    ])
  })
})
