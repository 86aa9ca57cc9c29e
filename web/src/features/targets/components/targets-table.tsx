import { memo } from 'react'
import { noTargetsText, type Indicator, type Targets } from '@ldld/db/contracts'
import { periodGroups } from '../../../lib/unit-rows.ts'
import {
  CITY,
  cellKey,
  isLocked,
  storedIllustrative,
  sumIllustrative,
  sumOf,
  typedValue,
  type KindOf,
  type Texts,
} from '../model/grid.ts'
import { cellChanged } from '../model/grid-state.ts'
import type { GridRow } from '../model/rows.ts'
import { AllocationCell } from './allocation-cell.tsx'
import { TargetCell } from './target-cell.tsx'
import { UnitGroupHeading } from '../../../components/unit-group-heading.tsx'
import { HydrationSlices } from '../../../components/hydration-slices.tsx'

interface TargetsTableProps {
  targets: Targets
  /** The unit rows as shown: filtered and ordered. */
  rows: readonly GridRow[]
  texts: Texts
  problems: ReadonlyMap<string, string>
  catalogue: ReadonlyMap<string, Indicator>
  kindOf: KindOf
  onEdit: (key: string, text: string) => void
  onPaste: (unit: string, indicator: string, text: string) => void
}

export const cellId = (unit: string, indicator: string) => `target-${unit}-${indicator}`

const CITY_LABEL = 'Chỉ tiêu thành phố'

/** One row's inputs: the table's props but its rows, and which row this is. */
type TargetCellsProps = Omit<TargetsTableProps, 'rows'> & { code: string; label: string; row: number }

/** A row's cells are drawn again only when one of its own texts or problems changed (`sameRow`). */
function sameRow(a: TargetCellsProps, b: TargetCellsProps): boolean {
  if (
    a.targets !== b.targets ||
    a.code !== b.code ||
    a.label !== b.label ||
    a.row !== b.row ||
    a.catalogue !== b.catalogue ||
    a.kindOf !== b.kindOf ||
    a.onEdit !== b.onEdit ||
    a.onPaste !== b.onPaste
  )
    return false
  if (a.texts === b.texts && a.problems === b.problems) return true
  return a.targets.indicators.every((indicator) => {
    const key = cellKey(a.code, indicator)
    return a.texts[key] === b.texts[key] && a.problems.get(key) === b.problems.get(key)
  })
}

/**
 * One unit's (or the city's) inputs. A keystroke, a refetch that brings the same grid or a filter
 * change redraws the rows it touches, not 600 inputs in one task (issue 10 item 7).
 */
const TargetCells = memo(function TargetCells(props: TargetCellsProps) {
  const { targets, code, label, row, texts, problems, catalogue, kindOf, onEdit, onPaste } = props
  return targets.indicators.map((indicator, col) => {
    const key = cellKey(code, indicator)
    return (
      <TargetCell
        key={indicator}
        id={cellId(code, indicator)}
        row={row}
        col={col}
        label={`${label} — ${catalogue.get(indicator)?.shortNameVi ?? indicator}`}
        kind={kindOf(indicator)}
        text={texts[key] ?? ''}
        error={problems.get(key)}
        locked={isLocked(targets, code)}
        changed={cellChanged(targets, texts, code, indicator, kindOf)}
        illustrative={storedIllustrative(targets, code, indicator)}
        onChange={(text) => onEdit(key, text)}
        onPasteMany={(text) => onPaste(code, indicator, text)}
      />
    )
  })
}, sameRow)

/** A group of units founded in the second half of the year: its heading says why it has no targets. */
const noTargets = (rows: readonly GridRow[]): rows is readonly [GridRow, ...GridRow[]] =>
  rows.length > 0 && rows.every((r) => !r.takesTargets)

/** Unit × indicator (grouped by period in 2025), then the city's own row and the units' sum against it. */
export function TargetsTable(props: TargetsTableProps) {
  const { targets, rows, texts, problems, catalogue, kindOf, onEdit, onPaste } = props
  const name = (key: string) => catalogue.get(key)?.shortNameVi ?? key
  const columns = targets.indicators.length + 1
  const groups = periodGroups(rows, (r) => r.unit, targets.year)
  // Enter moves down the rows as shown: each input's row number, the city's last.
  const editable = groups.flatMap((g) => g.rows).filter((r) => r.takesTargets)
  const rowOf = new Map(editable.map((r, i) => [r.unit.code, i]))
  const cells = (code: string, label: string, row: number) => (
    <TargetCells
      targets={targets}
      code={code}
      label={label}
      row={row}
      texts={texts}
      problems={problems}
      catalogue={catalogue}
      kindOf={kindOf}
      onEdit={onEdit}
      onPaste={onPaste}
    />
  )
  const unitRow = (r: GridRow) => {
    const row = rowOf.get(r.unit.code) ?? -1
    return (
      <tr key={r.unit.code}>
        <th scope="row">
          {r.label}
          <span className="unit-grid__code">{r.unit.code}</span>
          {r.locked && <span className="unit-grid__lock">đã duyệt (khóa)</span>}
        </th>
        {r.takesTargets ? (
          cells(r.unit.code, r.label, row)
        ) : (
          <td colSpan={columns - 1} className="targets__none">
            Không giao chỉ tiêu năm {targets.year}
          </td>
        )}
      </tr>
    )
  }
  return (
    <div
      className="table-scroll unit-grid targets"
      role="region"
      aria-labelledby="targets-caption"
      tabIndex={-1}
    >
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
        {groups.map((group) => (
          <tbody key={group.key}>
            {group.heading && (
              <UnitGroupHeading columns={columns}>
                {group.heading}
                {noTargets(group.rows) && ` — ${noTargetsText(group.rows[0].unit, targets.year)}`}
              </UnitGroupHeading>
            )}
            {/* ~40 inputs a slice: ten rows of eleven were ~60–130 ms tasks on a slow phone. */}
            <HydrationSlices rows={group.rows.map(unitRow)} perSlice={40 / columns} />
          </tbody>
        ))}
        <tfoot>
          <tr className="targets__city">
            <th scope="row">
              {CITY_LABEL}
              {isLocked(targets, CITY) && <span className="unit-grid__lock">đã duyệt (khóa)</span>}
            </th>
            {cells(CITY, CITY_LABEL, editable.length)}
          </tr>
          <tr className="targets__sum">
            <th scope="row">Tổng các đơn vị</th>
            {targets.indicators.map((key) => (
              <AllocationCell
                key={key}
                sum={sumOf(targets, texts, key, kindOf)}
                city={typedValue(texts, CITY, key, kindOf)}
                kind={kindOf(key)}
                illustrative={sumIllustrative(targets, texts, key, kindOf)}
              />
            ))}
          </tr>
        </tfoot>
      </table>
    </div>
  )
}
