import { screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import type { Ranking } from '@ldld/db/contracts'
import { newMembers, ranking2021, rankingRow } from '../../../test/fixtures.ts'
import { renderWithProviders } from '../../../test/render.tsx'
import { rankingData } from '../prepare.ts'
import { RankingTable } from './ranking-table.tsx'

// The shared 2021 ranking (Hai Bà Trưng up one place, Ba Đình down one) with a new entrant and a
// unit that kept its place.
const ranking: Ranking = {
  ...ranking2021,
  rows: [
    ...ranking2021.rows,
    rankingRow({
      unit: '003',
      name: 'Tây Hồ',
      rank: 3,
      rankChange: null,
      actual: 500,
      target: 600,
      percent: 83.3,
      status: 'below',
      illustrative: true,
    }),
    rankingRow({
      unit: '004',
      name: 'Long Biên',
      rank: 4,
      rankChange: 0,
      actual: 900,
      target: 950,
      percent: 94.7,
      status: 'near',
    }),
  ],
}

function rowOf(name: string): HTMLElement {
  const row = screen.getByRole('link', { name }).closest('tr')
  if (!row) throw new Error(`no row for ${name}`)
  return row
}

describe('RankingTable', () => {
  it('lists districts in rank order', () => {
    renderWithProviders(
      <RankingTable indicator={newMembers} year={2021} data={rankingData(ranking, newMembers)} withTarget />,
    )
    const names = screen.getAllByRole('rowheader').map((cell) => cell.textContent)
    expect(names).toEqual(['Hai Bà Trưng', 'Ba Đình', 'Tây Hồ', 'Long Biên'])
  })

  it('shows rank changes as arrows with words for screen readers', () => {
    renderWithProviders(
      <RankingTable indicator={newMembers} year={2021} data={rankingData(ranking, newMembers)} withTarget />,
    )
    const up = rowOf('Hai Bà Trưng')
    expect(within(up).getByText('▲ 1')).toBeTruthy()
    expect(within(up).getByText('tăng 1 bậc')).toBeTruthy()
    expect(within(up).getByText('176,8%', { exact: false })).toBeTruthy()
    expect(within(rowOf('Ba Đình')).getByText('giảm 1 bậc')).toBeTruthy()
    expect(within(rowOf('Tây Hồ')).getByText('mới')).toBeTruthy()
    expect(within(rowOf('Tây Hồ')).getByText('năm trước chưa xếp hạng')).toBeTruthy()
    expect(within(rowOf('Long Biên')).getByText('giữ nguyên hạng')).toBeTruthy()
  })

  it('prints figures under headers naming the unit and marks illustrative ones', () => {
    renderWithProviders(
      <RankingTable indicator={newMembers} year={2021} data={rankingData(ranking, newMembers)} withTarget />,
    )
    expect(screen.getByRole('columnheader', { name: 'Thực hiện (đoàn viên)' })).toBeTruthy()
    const row = rowOf('Hai Bà Trưng')
    expect(within(row).getByText('2.352')).toBeTruthy()
    expect(within(row).getByText('1.330')).toBeTruthy()
    expect(within(rowOf('Tây Hồ')).getByText('mh')).toBeTruthy()
  })
})
