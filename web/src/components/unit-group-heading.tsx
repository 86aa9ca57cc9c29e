import type { ReactNode } from 'react'

/**
 * The heading row of a group of units in a table (2025: the districts to 30/6, the unions from 1/10),
 * spanning every column and announced as the heading of its row group.
 */
export function UnitGroupHeading({ columns, children }: { columns: number; children: ReactNode }) {
  return (
    <tr className="unit-grid__group">
      <th colSpan={columns} scope="rowgroup">
        <span>{children}</span>
      </th>
    </tr>
  )
}
