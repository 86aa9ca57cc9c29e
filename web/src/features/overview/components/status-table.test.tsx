import { fireEvent, screen, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { dashboard2021, indicators } from '../../../test/fixtures.ts'
import { renderWithProviders } from '../../../test/render.tsx'
import { indexCells } from '../prepare.ts'
import { StatusTable } from './status-table.tsx'

function renderTable() {
  return renderWithProviders(
    <StatusTable
      year={2021}
      units={dashboard2021.units}
      indicators={indicators}
      cells={indexCells(dashboard2021.cells)}
      totals={dashboard2021.totals}
    />,
  )
}

/** The cell whose words for screen readers are `text`. */
function cellWith(text: string): HTMLElement {
  const cell = screen.getByText(text).closest('td')
  if (!cell) throw new Error(`no cell says "${text}"`)
  return cell
}

const HBT_TEXT = 'Hai Bà Trưng — Đoàn viên kết nạp mới: 2.352/1.330, đạt 176,8% (Đạt/vượt)'

describe('StatusTable', () => {
  it('shows 176,8% with the achieved icon and a full sentence for 007 new_members 2021', () => {
    renderTable()
    const cell = cellWith(HBT_TEXT)
    expect(cell.className).toContain('cell--achieved')
    expect(within(cell).getByText('✓', { exact: false }).textContent).toBe('✓ ')
    expect(cell.textContent).toContain('176,8%')
    expect(within(cell).getByText(HBT_TEXT).className).toBe('sr-only')
  })

  it('shows the sentence as the tooltip when the pointer reaches the cell, not written twice in the page', () => {
    renderTable()
    const cell = cellWith(HBT_TEXT)
    expect(cell.hasAttribute('title')).toBe(false)
    fireEvent.pointerOver(within(cell).getByText('✓', { exact: false }))
    expect(cell.title).toBe(HBT_TEXT)
  })

  it('words a missed target, marks illustrative data and shows "—" without data', () => {
    renderTable()
    const below = cellWith(
      'Ba Đình — Đoàn viên kết nạp mới: 2.100/2.500, đạt 84% (Chưa đạt), dữ liệu minh họa',
    )
    expect(below.textContent).toContain('✗')
    expect(within(below).getByText('mh')).toBeTruthy()
    const empty = cellWith('Ba Đình — Chi chăm lo đoàn viên: Chưa có số liệu')
    expect(empty.textContent?.startsWith('—')).toBe(true)
  })

  it('shows the value when the indicator takes no target', () => {
    renderTable()
    const cell = cellWith('Hai Bà Trưng — Chi chăm lo đoàn viên: 1 tỷ 250,3 triệu đồng (Không giao chỉ tiêu)')
    expect(cell.textContent).toContain('1,25 tỷ')
  })

  it('links districts to their page and indicators to their ranking of the same year', () => {
    renderTable()
    expect(screen.getByRole('link', { name: 'Hai Bà Trưng' }).getAttribute('href')).toBe('/districts/007')
    expect(screen.getByRole('link', { name: 'Đoàn viên kết nạp mới' }).getAttribute('href')).toBe(
      '/indicators/new_members?year=2021',
    )
    expect(screen.getAllByRole('columnheader')[0]?.getAttribute('scope')).toBe('col')
  })
})
