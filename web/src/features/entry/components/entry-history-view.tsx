import { Link } from 'react-router'
import type { Indicator } from '@ldld/db/contracts'
import { useIndicators } from '../../../api/get-indicators.ts'
import { Forbidden } from '../../../components/forbidden.tsx'
import { QueryState } from '../../../components/query-state.tsx'
import { isForbidden } from '../../../lib/api-client.ts'
import { paths } from '../../../lib/paths.ts'
import { useReport } from '../api/get-report.ts'
import { rowIndicatorOf, type RowIndicator } from '../model/catalogue.ts'
import { HistoryList } from './history-list.tsx'

function rowsOf(
  values: Parameters<typeof rowIndicatorOf>[0][],
  list: readonly Indicator[],
): Map<string, RowIndicator> {
  const catalogue = new Map(list.map((i) => [i.key, i]))
  return new Map(values.map((v) => [v.indicator, rowIndicatorOf(v, catalogue)]))
}

/** The unit-year page's history: every value and status change, newest first, a page at a time. */
export function EntryHistoryView({ code, year }: { code: string; year: number }) {
  const report = useReport(code, year)
  const indicators = useIndicators()
  if (isForbidden(report.error)) return <Forbidden />
  return (
    <QueryState query={report}>
      {(data) => (
        <>
          <title>{`Lịch sử báo cáo ${data.unitName} năm ${year} — Chỉ tiêu Công đoàn`}</title>
          <div className="page-head">
            <h1>
              Lịch sử báo cáo năm {year}: {data.unitName}
            </h1>
            <Link to={paths.entry(code, year)}>Về trang nhập số liệu</Link>
          </div>
          <HistoryList
            unit={code}
            year={year}
            rows={rowsOf(data.values, indicators.data ?? [])}
            caption={`Lịch sử báo cáo năm ${year}`}
            emptyMessage="Báo cáo chưa có thay đổi nào."
          />
        </>
      )}
    </QueryState>
  )
}
