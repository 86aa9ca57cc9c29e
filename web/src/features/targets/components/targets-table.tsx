import type { Indicator, Targets } from '@ldld/db/contracts'
import {
  CITY,
  cellKey,
  isLocked,
  storedIllustrative,
  sumOf,
  typedValue,
  type KindOf,
  type Texts,
} from '../model/grid.ts'
import { cellChanged } from '../model/grid-state.ts'
import { AllocationCell } from './allocation-cell.tsx'
import { TargetCell } from './target-cell.tsx'

interface TargetsTableProps {
  targets: Targets
  texts: Texts
  problems: ReadonlyMap<string, string>
  catalogue: ReadonlyMap<string, Indicator>
  kindOf: KindOf
  onEdit: (key: string, text: string) => void
  onPaste: (unit: string, indicator: string, text: string) => void
}

export const cellId = (unit: string, indicator: string) => `target-${unit}-${indicator}`

/** District × indicator, then the city's own row and the sum of the districts against it. */
export function TargetsTable({
  targets,
  texts,
  problems,
  catalogue,
  kindOf,
  onEdit,
  onPaste,
}: TargetsTableProps) {
  const name = (key: string) => catalogue.get(key)?.shortNameVi ?? key
  const rows = [
    ...targets.units.map((u) => ({ code: u.code, name: u.name })),
    { code: CITY, name: 'Chỉ tiêu thành phố' },
  ]
  const cell = (unit: { code: string; name: string }, indicator: string, row: number, col: number) => {
    const key = cellKey(unit.code, indicator)
    return (
      <td key={indicator}>
        <TargetCell
          id={cellId(unit.code, indicator)}
          row={row}
          col={col}
          label={`${unit.name} — ${name(indicator)}`}
          kind={kindOf(indicator)}
          text={texts[key] ?? ''}
          error={problems.get(key)}
          locked={isLocked(targets, unit.code)}
          changed={cellChanged(targets, texts, unit.code, indicator, kindOf)}
          illustrative={storedIllustrative(targets, unit.code, indicator)}
          onChange={(text) => onEdit(key, text)}
          onPasteMany={(text) => onPaste(unit.code, indicator, text)}
        />
      </td>
    )
  }
  const row = (unit: { code: string; name: string }, index: number) => (
    <tr key={unit.code} className={unit.code === CITY ? 'targets__city' : undefined}>
      <th scope="row">
        {unit.name}
        {isLocked(targets, unit.code) && <span className="targets__locked">🔒 Đã duyệt (khóa)</span>}
      </th>
      {targets.indicators.map((indicator, col) => cell(unit, indicator, index, col))}
    </tr>
  )
  return (
    <div className="table-scroll targets" role="region" aria-labelledby="targets-caption" tabIndex={-1}>
      <table className="data-table targets-table">
        <caption id="targets-caption" className="sr-only">
          Chỉ tiêu năm {targets.year} giao cho từng đơn vị
        </caption>
        <thead>
          <tr>
            <th scope="col">Đơn vị</th>
            {targets.indicators.map((key) => (
              <th key={key} scope="col">
                {name(key)}
                <span className="th-unit">{catalogue.get(key)?.unitLabel}</span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>{rows.slice(0, -1).map(row)}</tbody>
        <tfoot>
          {rows.slice(-1).map((r) => row(r, rows.length - 1))}
          <tr className="targets__sum">
            <th scope="row">Tổng các đơn vị</th>
            {targets.indicators.map((key) => (
              <AllocationCell
                key={key}
                sum={sumOf(targets, texts, key, kindOf)}
                city={typedValue(texts, CITY, key, kindOf)}
                kind={kindOf(key)}
              />
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
