import type { Dashboard, Indicator } from '@ldld/db/contracts'
import { DATA_BASIS_NOTES, ILLUSTRATIVE_LABEL, inProgress } from '@ldld/db/contracts'
import { formatDate } from '@ldld/db/format'
import { basisFooter, partialYearText, yearCoverageText } from '../../../lib/coverage-text.ts'
import type { DistrictBoundaries } from '../../../components/map/index.ts'
import { reportIndicators, reportRows } from './prepare.ts'
import { ReportBars } from './report-bars.tsx'
import { ReportMap } from './report-map.tsx'
import { ReportTable } from './report-table.tsx'
import { ReportTotals } from './report-totals.tsx'

const LEAD = 'new_members'

interface ReportViewProps {
  dashboard: Dashboard
  catalogue: readonly Indicator[]
  geo: DistrictBoundaries
}

/** A year's report for A4 paper: totals, each headline indicator by district, the map, sources. */
export function ReportView({ dashboard, catalogue, geo }: ReportViewProps) {
  const indicators = reportIndicators(dashboard, catalogue)
  const headline = indicators.filter((i) => i.headline)
  const lead = indicators.find((i) => i.key === LEAD) ?? headline.find((i) => i.takesTarget)
  const sources = dashboard.sources.filter((s) => s.kind !== 'illustrative')
  const illustrative = dashboard.cells.some((c) => c.illustrative)
  const partial = inProgress(dashboard.coverage)
  // Printed under every section heading: each indicator starts a page, so every page says it.
  const basisLine = <p className="report-basis">{basisFooter(dashboard.coverage)}</p>
  return (
    <article className="report">
      <header className="report-cover">
        <p className="report-cover__kicker">LĐLĐ thành phố Hà Nội</p>
        <h1>Báo cáo kết quả thực hiện chỉ tiêu công đoàn năm {dashboard.year}</h1>
        <p>
          {dashboard.units.length} LĐLĐ quận, huyện, thị xã · Ngày lập: {formatDate(new Date().toISOString())}
        </p>
        <p className="report-cover__coverage">
          <strong>{`Số liệu: ${DATA_BASIS_NOTES[dashboard.basis]}.`}</strong>{' '}
          {`${yearCoverageText(dashboard.coverage)}.`}
          {partial && ` ${partialYearText(dashboard.basis)}`}
        </p>
        {illustrative && (
          <p className="report-cover__warning">
            Báo cáo có {ILLUSTRATIVE_LABEL} (đánh dấu “mh”), không dùng để đánh giá, xếp loại thi đua.
          </p>
        )}
      </header>
      <section className="report-section">
        <h2>1. Toàn thành phố</h2>
        {basisLine}
        <ReportTotals dashboard={dashboard} indicators={indicators} />
      </section>
      {headline.map((indicator, i) => {
        const rows = reportRows(dashboard, indicator)
        const order = indicator.takesTarget ? 'xếp theo % đạt chỉ tiêu' : 'xếp theo số thực hiện'
        return (
          <section key={indicator.key} className="report-section report-section--indicator">
            <h2>{`${i + 2}. ${indicator.nameVi}`}</h2>
            {basisLine}
            <p className="report-note">{`Các quận, huyện ${order}${indicator.takesTarget ? '; vạch đen là chỉ tiêu được giao của từng đơn vị' : ''}.`}</p>
            <ReportBars
              rows={rows}
              indicator={indicator}
              summary={`${indicator.nameVi} năm ${dashboard.year}, ${order}.`}
            />
            <ReportTable
              rows={rows}
              indicator={indicator}
              caption={`${indicator.nameVi} năm ${dashboard.year}`}
            />
          </section>
        )
      })}
      {lead && (
        <section className="report-section report-section--map">
          <h2>{`${headline.length + 2}. Bản đồ mức đạt: ${lead.shortNameVi}`}</h2>
          {basisLine}
          <ReportMap dashboard={dashboard} indicator={lead} geo={geo} />
        </section>
      )}
      <section className="report-section">
        <h2>Ghi chú và nguồn số liệu</h2>
        <ul>
          <li>
            Tổng toàn thành phố là tổng của các quận, huyện đã báo cáo; % đạt = tổng thực hiện / tổng chỉ tiêu
            của các đơn vị đã báo cáo và được giao chỉ tiêu (số thực hiện in cạnh % là đúng tổng đó; phần của
            đơn vị không giao chỉ tiêu ghi riêng). So sánh với năm trước tính trên cùng các đơn vị báo cáo cả
            hai năm.
          </li>
          <li>{`Số liệu: ${DATA_BASIS_NOTES[dashboard.basis]}; ${yearCoverageText(dashboard.coverage)}.`}</li>
          <li>Trạng thái: ✓ đạt/vượt (từ 100%), ◐ gần đạt (90% đến dưới 100%), ✗ chưa đạt (dưới 90%).</li>
          {illustrative && (
            <li>{`Số liệu đánh dấu “mh” là ${ILLUSTRATIVE_LABEL}, không phải số liệu thật.`}</li>
          )}
          {sources.map((s) => (
            <li key={s.id}>{`Nguồn: ${s.publisher ? `${s.publisher}, ` : ''}“${s.title}”.`}</li>
          ))}
        </ul>
      </section>
    </article>
  )
}
