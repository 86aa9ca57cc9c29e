import { Link } from 'react-router'
import type { DataBasis, Indicator, Organisation, Total, UnitReport } from '@ldld/db/contracts'
import { ExportButtons } from '../../../components/export-buttons.tsx'
import { UnitListTools, useUnitListState } from '../../../components/unit-list-tools.tsx'
import { type ExportTable } from '../../../lib/export/index.ts'
import { isLongList } from '../../../lib/long-list.ts'
import { unitColumnHeading, unitsOfYearPhrase } from '../../../lib/org-names.ts'
import { paths } from '../../../lib/paths.ts'
import {
  filterUnits,
  listLabels,
  periodGroups,
  type ListedUnit,
  type ReportStage,
} from '../../../lib/unit-rows.ts'
import { cellAt, type CellIndex } from '../prepare.ts'
import { titleFromDescription } from '../../../lib/hover-title.ts'
import { StatusCell } from './status-cell.tsx'
import { StatusTableLegend } from './status-table-legend.tsx'
import { UnitGroupHeading } from '../../../components/unit-group-heading.tsx'
import { HydrationSlices } from '../../../components/hydration-slices.tsx'

interface StatusTableProps {
  year: number
  basis?: DataBasis
  units: readonly Organisation[]
  /** Each unit's report state: "Sắp xếp theo tình trạng báo cáo". */
  unitReports?: readonly UnitReport[]
  indicators: readonly Indicator[]
  cells: CellIndex
  totals: readonly Total[]
  /** The table as a download ("Tải CSV" / "Tải Excel"); built on click. */
  download?: () => ExportTable
}

interface StatusRow extends ListedUnit {
  unit: Organisation
}

/**
 * Unit × indicator grid; scrolls sideways inside its box with the unit column kept in view. 85 to 126
 * units: find by name or code (diacritics optional), sort, and 2025 grouped by period.
 */
export function StatusTable({
  year,
  basis = 'latest',
  units,
  unitReports = [],
  indicators,
  cells,
  totals,
  download,
}: StatusTableProps) {
  const list = useUnitListState()
  const { query, sort } = list
  const labels = listLabels(units)
  const stages = new Map(unitReports.map((r) => [r.unit, r.report === 'none' ? 'not_started' : r.report]))
  const rows: StatusRow[] = units.map((unit) => ({
    unit,
    label: labels.get(unit.code) ?? unit.name,
    stage: (stages.get(unit.code) ?? 'not_started') as ReportStage,
  }))
  const shown = filterUnits(rows, { query, stage: null, sort })
  const groups = periodGroups(shown, (row) => row.unit, year)
  const columns = indicators.length + 1
  return (
    <section className="section" aria-labelledby="status-heading">
      <div className="section__head">
        <h2 id="status-heading">Mức đạt chỉ tiêu theo {unitsOfYearPhrase(year)}</h2>
        {download && <ExportButtons table={download} what={`bảng mức đạt chỉ tiêu năm ${year}`} />}
      </div>
      <StatusTableLegend basis={basis} />
      {units.length > 12 && (
        <UnitListTools id="status-units" {...list} shown={shown.length} total={rows.length} />
      )}
      <div
        className={isLongList(units.length) ? 'table-scroll table-scroll--tall' : 'table-scroll'}
        role="region"
        aria-labelledby="status-caption"
        tabIndex={0}
      >
        <table className="status-table" onPointerOver={titleFromDescription}>
          <caption id="status-caption" className="sr-only">
            Mức đạt chỉ tiêu năm {year} của từng đơn vị
          </caption>
          <thead>
            <tr>
              <th scope="col">{unitColumnHeading(year)}</th>
              {indicators.map((indicator) => (
                <th scope="col" key={indicator.key}>
                  <Link to={paths.indicator(indicator.key, year, basis)}>{indicator.shortNameVi}</Link>
                  <span className="th-unit">{indicator.takesTarget ? '% đạt' : indicator.unitLabel}</span>
                </th>
              ))}
            </tr>
          </thead>
          {groups.map((group) => (
            <tbody key={group.key}>
              {group.heading && <UnitGroupHeading columns={columns}>{group.heading}</UnitGroupHeading>}
              <HydrationSlices
                rows={group.rows.map(({ unit, label }) => (
                  <tr key={unit.code}>
                    <th scope="row">
                      <Link to={paths.district(unit.code, basis)}>{label}</Link>
                    </th>
                    {indicators.map((indicator) => (
                      <StatusCell
                        key={indicator.key}
                        unitName={label}
                        indicator={indicator}
                        figure={cellAt(cells, unit.code, indicator.key)}
                      />
                    ))}
                  </tr>
                ))}
              />
            </tbody>
          ))}
          <tfoot>
            <tr>
              <th scope="row">Toàn thành phố</th>
              {indicators.map((indicator) => (
                <StatusCell
                  key={indicator.key}
                  unitName="Toàn thành phố"
                  indicator={indicator}
                  figure={totals.find((total) => total.indicator === indicator.key)}
                />
              ))}
            </tr>
          </tfoot>
        </table>
      </div>
    </section>
  )
}
