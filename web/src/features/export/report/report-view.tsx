import type { Dashboard, Indicator } from '@ldld/db/contracts'
import { DATA_BASIS_NOTES, ILLUSTRATIVE_LABEL, inProgress, sentenceStart } from '@ldld/db/contracts'
import { formatDate } from '@ldld/db/format'
import { basisFooter, partialYearText, yearCoverageText } from '../../../lib/coverage-text.ts'
import { deckSegments, segmentWhen } from '../../../lib/unit-segments.ts'
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
  const segments = deckSegments(dashboard)
  const bounded = new Set(geo.features.map((f) => f.properties.gso_code))
  // A part of the year with no unit measured against a target gets no map: all grey says nothing.
  const mapped = lead
    ? segments.filter((segment) =>
        reportRows(dashboard, lead, segment.units).some((r) => r.cell?.percent != null),
      )
    : []
  // Printed under every section heading: each indicator starts a page, so every page says it.
  const basisLine = <p className="report-basis">{basisFooter(dashboard.coverage)}</p>
  return (
    <article className="report">
      <header className="report-cover">
        <p className="report-cover__kicker">LĐLĐ thành phố Hà Nội</p>
        <h1>Báo cáo kết quả thực hiện chỉ tiêu công đoàn năm {dashboard.year}</h1>
        <p className="report-cover__units">{dashboard.totalsBasis.text}</p>
        <dl className="report-cover__facts">
          <dt>Năm</dt>
          <dd>{dashboard.year}</dd>
          <dt>Số liệu</dt>
          <dd>{`${DATA_BASIS_NOTES[dashboard.basis]}.`}</dd>
          <dt>Đã báo cáo</dt>
          <dd>
            {`${yearCoverageText(dashboard.coverage)}.`}
            {partial && ` ${partialYearText(dashboard.basis)}`}
          </dd>
          <dt>Ngày lập</dt>
          <dd>{formatDate(new Date().toISOString())}</dd>
          <dt>Nguồn</dt>
          <dd>
            <ul className="report-cover__sources">
              {sources.map((s) => (
                <li
                  key={s.id}
                >{`${s.publisher ? `${s.publisher}, ` : ''}“${s.title}”${s.publishedOn ? `, ${formatDate(s.publishedOn)}` : ''}`}</li>
              ))}
              {illustrative && <li>{`Số liệu đánh dấu “mh”: ${ILLUSTRATIVE_LABEL}.`}</li>}
              {sources.length === 0 && !illustrative && <li>Số liệu các đơn vị nhập và gửi qua hệ thống.</li>}
            </ul>
          </dd>
        </dl>
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
        const order = indicator.takesTarget ? 'xếp theo % đạt chỉ tiêu' : 'xếp theo số thực hiện'
        return (
          <section
            key={indicator.key}
            className="report-section report-section--indicator"
            style={{ containIntrinsicSize: `auto ${sectionHeightEstimate(segments)}px` }}
          >
            <h2>{`${i + 2}. ${indicator.nameVi}`}</h2>
            {basisLine}
            {segments.map((segment) => {
              const rows = reportRows(dashboard, indicator, segment.units)
              if (!rows.some((r) => r.cell?.actual != null || r.cell?.percent != null)) return null
              const what = `${sentenceStart(segment.phrase)} ${segmentWhen(segment, dashboard.year)}`
              return (
                <div key={segment.key} className="report-part">
                  {segments.length > 1 && <h3>{what}</h3>}
                  <p className="report-note">{`${segment.text}, ${order}${indicator.takesTarget ? '; vạch đen là chỉ tiêu được giao của từng đơn vị' : ''}.`}</p>
                  <ReportBars
                    rows={rows}
                    indicator={indicator}
                    summary={`${indicator.nameVi}: ${what}, ${order}.`}
                  />
                  <ReportTable rows={rows} indicator={indicator} caption={`${indicator.nameVi}: ${what}`} />
                </div>
              )
            })}
          </section>
        )
      })}
      {lead && mapped.length > 0 && (
        <section className="report-section report-section--map">
          <h2>{`${headline.length + 2}. Bản đồ mức đạt: ${lead.shortNameVi}`}</h2>
          {basisLine}
          {mapped.map((segment) =>
            segment.units.every((u) => bounded.has(u.code)) ? (
              <ReportMap
                key={segment.key}
                dashboard={dashboard}
                indicator={lead}
                geo={geo}
                units={segment.units}
              />
            ) : (
              <p key={segment.key} className="report-note report-nomap">
                {`${sentenceStart(segment.phrase)} chưa có ranh giới hành chính trong hệ thống, nên báo cáo không vẽ bản đồ cho ${segment.text}; mức đạt của từng đơn vị ở bảng mục ${headline.findIndex((i) => i.key === lead.key) + 2}.`}
              </p>
            ),
          )}
        </section>
      )}
      <section className="report-section">
        <h2>Ghi chú và nguồn số liệu</h2>
        <ul>
          <li>
            {dashboard.totalsBasis.text} Tổng là tổng của các đơn vị đã báo cáo; % đạt = tổng thực hiện / tổng
            chỉ tiêu của các đơn vị đã báo cáo và được giao chỉ tiêu (số thực hiện in cạnh % là đúng tổng đó;
            phần của đơn vị không giao chỉ tiêu ghi riêng). So sánh với năm trước tính trên cùng các đơn vị
            báo cáo cả hai năm.
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

/** About how tall an indicator's section is on screen: its heading and notes, a bar and a table row per unit. */
function sectionHeightEstimate(segments: readonly { units: readonly unknown[] }[]): number {
  const units = segments.reduce((n, segment) => n + segment.units.length, 0)
  return 160 * segments.length + units * (BAR_ROW_PX + TABLE_ROW_PX)
}
const BAR_ROW_PX = 22
const TABLE_ROW_PX = 33
