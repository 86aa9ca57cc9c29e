import { Link } from 'react-router'
import { existsInYear } from '@ldld/db/contracts'
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
import { EntryYearPicker } from './entry-year-picker.tsx'
import { UnitNotInYear } from './unit-not-in-year.tsx'

/** The entry page of one unit and year: a year picker, then the report (or why there is none). */
export function EntryView({ code, year }: { code: string; year: number }) {
  const org = useOrganisations().data?.find((o) => o.code === code)
  // A unit that did not exist that year has no report: no request, an explanation instead.
  const exists = org ? existsInYear(org, year) : true
  const report = useReport(code, year, exists)
  const indicators = useIndicators()
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
  const name = org ? federationName(org) : (report.data?.unitName ?? code)
  return (
    <>
      <title>{`Nhập số liệu ${name} năm ${year} — Chỉ tiêu Công đoàn`}</title>
      <div className="page-head">
        <h1>
          Số liệu năm {year}: {name}
        </h1>
        {org && <EntryYearPicker org={org} year={year} />}
        {exists && <Link to={paths.entryHistory(code, year)}>Lịch sử thay đổi của báo cáo</Link>}
      </div>
      {org && !exists ? (
        <UnitNotInYear org={org} year={year} />
      ) : (
        <QueryState query={report} loadingLabel="Đang tải báo cáo…">
          {(data) => (
            <QueryState query={indicators}>
              {(list) => <EntryForm key={`${data.unit}-${data.year}`} report={data} indicators={list} />}
            </QueryState>
          )}
        </QueryState>
      )}
    </>
  )
}
