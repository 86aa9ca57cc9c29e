import type { Dashboard, Indicator } from '@ldld/db/contracts'
import { ILLUSTRATIVE_LABEL } from '@ldld/db/contracts'
import { formatDate } from '@ldld/db/format'
import type { DistrictBoundaries } from '../../map/index.ts'
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
  return (
    <article className="report">
      <header className="report-cover">
        <p className="report-cover__kicker">LĐLĐ thành phố Hà Nội</p>
        <h1>Báo cáo kết quả thực hiện chỉ tiêu công đoàn năm {dashboard.year}</h1>
        <p>
          {dashboard.units.length} LĐLĐ quận, huyện, thị xã · Ngày lập: {formatDate(new Date().toISOString())}
        </p>
        {illustrative && (
          <p className="report-cover__warning">
            Báo cáo có {ILLUSTRATIVE_LABEL} (đánh dấu “mh”), không dùng để đánh giá, xếp loại thi đua.
          </p>
        )}
      </header>
      <section className="report-section">
        <h2>1. Toàn thành phố</h2>
        <ReportTotals dashboard={dashboard} indicators={indicators} />
      </section>
      {headline.map((indicator, i) => {
        const rows = reportRows(dashboard, indicator)
        const order = indicator.takesTarget ? 'xếp theo % đạt chỉ tiêu' : 'xếp theo số thực hiện'
        return (
          <section key={indicator.key} className="report-section report-section--indicator">
            <h2>{`${i + 2}. ${indicator.nameVi}`}</h2>
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
          <ReportMap dashboard={dashboard} indicator={lead} geo={geo} />
        </section>
      )}
      <section className="report-section">
        <h2>Ghi chú và nguồn số liệu</h2>
        <ul>
          <li>
            Tổng toàn thành phố là tổng của các quận, huyện; % đạt = tổng thực hiện / tổng chỉ tiêu của các
            đơn vị được giao.
          </li>
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
