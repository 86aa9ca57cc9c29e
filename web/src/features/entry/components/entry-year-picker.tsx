import { useNavigate } from 'react-router'
import { entryYears, type Organisation } from '@ldld/db/contracts'
import { useYears } from '../../../api/get-years.ts'
import { YearSelect } from '../../../components/year-select.tsx'
import { paths } from '../../../lib/paths.ts'

/** The years this unit has a report for (up to the current reporting year), newest first. */
export function EntryYearPicker({ org, year }: { org: Organisation; year: number }) {
  const navigate = useNavigate()
  const earliest = useYears().data?.years[0] ?? Number(org.validFrom.slice(0, 4))
  return (
    <YearSelect
      id="entry-year"
      years={entryYears(org, earliest, new Date())}
      value={year}
      onChange={(y) => void navigate(paths.entry(org.code, y))}
    />
  )
}
