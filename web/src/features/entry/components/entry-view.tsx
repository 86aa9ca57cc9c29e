import { Link } from 'react-router'
import { useIndicators } from '../../../api/get-indicators.ts'
import { useOrganisations } from '../../../api/get-organisations.ts'
import { Forbidden } from '../../../components/forbidden.tsx'
import { NotFound } from '../../../components/not-found.tsx'
import { QueryState } from '../../../components/query-state.tsx'
import { isForbidden, isNotFound } from '../../../lib/api-client.ts'
import { federationName } from '../../../lib/org-names.ts'
import { paths } from '../../../lib/paths.ts'
import { useReport } from '../api/get-report.ts'
import { EntryForm } from './entry-form.tsx'
import '../../../styles/entry.css'

/** The entry page of one unit and year: loads the report and the indicator catalogue. */
export function EntryView({ code, year }: { code: string; year: number }) {
  const report = useReport(code, year)
  const indicators = useIndicators()
  const org = useOrganisations().data?.find((o) => o.code === code)
  if (isForbidden(report.error))
    return <Forbidden message="Bạn không có quyền xem hoặc nhập báo cáo của đơn vị này." />
  if (isNotFound(report.error)) {
    return (
      <NotFound
        title="Không tìm thấy báo cáo"
        message={report.error?.message ?? `Không có báo cáo của đơn vị ${code} năm ${year}.`}
      />
    )
  }
  return (
    <QueryState query={report} loadingLabel="Đang tải báo cáo…">
      {(data) => (
        <QueryState query={indicators}>
          {(list) => (
            <>
              <title>{`Nhập số liệu ${data.unitName} năm ${year} — Chỉ tiêu Công đoàn`}</title>
              <div className="page-head">
                <h1>
                  Số liệu năm {year}: {org ? federationName(org) : data.unitName}
                </h1>
                <Link to={paths.entryHistory(code, year)}>Lịch sử thay đổi của báo cáo</Link>
              </div>
              <EntryForm key={`${data.unit}-${data.year}`} report={data} indicators={list} />
            </>
          )}
        </QueryState>
      )}
    </QueryState>
  )
}
