import { useState, type ReactNode } from 'react'
import { UNIT_SORT_LABELS, type UnitSort } from '../lib/unit-rows.ts'

interface UnitListToolsProps {
  /** Prefix of the controls' ids, unique on the page. */
  id: string
  query: string
  sort: UnitSort
  onQuery: (query: string) => void
  onSort: (sort: UnitSort) => void
  shown: number
  total: number
  /** More controls of the list (a status filter, "Dán cả cột…"). */
  children?: ReactNode
}

/** The search and order a list of units starts with (as typed, in list order), and their setters. */
export function useUnitListState() {
  const [query, onQuery] = useState('')
  const [sort, onSort] = useState<UnitSort>('list')
  return { query, sort, onQuery, onSort }
}

/** Find a unit by name or code, order the list, and say how many rows are shown. */
export function UnitListTools({
  id,
  query,
  sort,
  onQuery,
  onSort,
  shown,
  total,
  children,
}: UnitListToolsProps) {
  return (
    <div className="unit-tools">
      <div className="unit-tools__field">
        <label htmlFor={`${id}-query`}>Tìm đơn vị (tên hoặc mã)</label>
        <input
          id={`${id}-query`}
          type="search"
          autoComplete="off"
          value={query}
          onChange={(event) => onQuery(event.target.value)}
        />
      </div>
      <div className="unit-tools__field">
        <label htmlFor={`${id}-sort`}>Sắp xếp</label>
        <select id={`${id}-sort`} value={sort} onChange={(event) => onSort(event.target.value as UnitSort)}>
          {(Object.keys(UNIT_SORT_LABELS) as UnitSort[]).map((key) => (
            <option key={key} value={key}>
              {UNIT_SORT_LABELS[key]}
            </option>
          ))}
        </select>
      </div>
      {children}
      <p className="unit-tools__count" role="status">
        Đang hiện {shown}/{total} đơn vị
      </p>
    </div>
  )
}
