import { Link } from 'react-router'
import type { DataBasis, Indicator, Organisation, Total } from '@ldld/db/contracts'
import { ExportButtons } from '../../../components/export-buttons.tsx'
import { type ExportTable } from '../../../lib/export/index.ts'
import { paths } from '../../../lib/paths.ts'
import { cellAt, type CellIndex } from '../prepare.ts'
import { StatusCell } from './status-cell.tsx'
import { StatusTableLegend } from './status-table-legend.tsx'

interface StatusTableProps {
  year: number
  basis?: DataBasis
  units: readonly Organisation[]
  indicators: readonly Indicator[]
  cells: CellIndex
  totals: readonly Total[]
  /** The table as a download ("Tải CSV" / "Tải Excel"); built on click. */
  download?: () => ExportTable
}

/** District × indicator grid; scrolls sideways on a phone with the district column kept in view. */
export function StatusTable({
  year,
  basis = 'latest',
  units,
  indicators,
  cells,
  totals,
  download,
}: StatusTableProps) {
  return (
    <section className="section" aria-labelledby="status-heading">
      <div className="section__head">
        <h2 id="status-heading">Mức đạt chỉ tiêu theo quận, huyện</h2>
        {download && <ExportButtons table={download} what={`bảng mức đạt chỉ tiêu năm ${year}`} />}
      </div>
      <StatusTableLegend basis={basis} />
      <div className="table-scroll" role="region" aria-labelledby="status-caption" tabIndex={0}>
        <table className="status-table">
          <caption id="status-caption" className="sr-only">
            Mức đạt chỉ tiêu năm {year} của từng quận, huyện, thị xã
          </caption>
          <thead>
            <tr>
              <th scope="col">Quận, huyện</th>
              {indicators.map((indicator) => (
                <th scope="col" key={indicator.key}>
                  <Link to={paths.indicator(indicator.key, year, basis)}>{indicator.shortNameVi}</Link>
                  <span className="th-unit">{indicator.takesTarget ? '% đạt' : indicator.unitLabel}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {units.map((unit) => (
              <tr key={unit.code}>
                <th scope="row">
                  <Link to={paths.district(unit.code, basis)}>{unit.name}</Link>
                </th>
                {indicators.map((indicator) => (
                  <StatusCell
                    key={indicator.key}
                    unitName={unit.name}
                    indicator={indicator}
                    figure={cellAt(cells, unit.code, indicator.key)}
                  />
                ))}
              </tr>
            ))}
          </tbody>
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
