// One row of an imported list against the unit stored under its code: which columns change, shown
// as the administrator wrote them (words, dd/mm/yyyy), and the row's status.
import {
  ADMIN_TYPE_WORDS,
  ORG_KIND_WORDS,
  unitFullName,
  type PredecessorLink,
  type UnitImportEntry,
  type UnitImportStatus,
} from '@ldld/db/contracts'
import { formatDate } from '@ldld/db/format'
import type { OrganisationRow } from '../repositories/index.ts'
import type { FileUnit } from './unit-file-rows.ts'
import { COLUMN_HEADING } from './unit-file-rows.ts'

type Comparable = Pick<FileUnit, 'name' | 'kind' | 'adminType' | 'parentCode' | 'validFrom' | 'validTo'> & {
  fullName: string
  predecessors: string
}

function shown(unit: Comparable): Record<keyof Comparable, string | null> {
  return {
    name: unit.name,
    fullName: unit.fullName,
    kind: ORG_KIND_WORDS[unit.kind][0] ?? unit.kind,
    adminType: unit.adminType ? ADMIN_TYPE_WORDS[unit.adminType] : null,
    parentCode: unit.parentCode,
    validFrom: formatDate(unit.validFrom),
    validTo: unit.validTo ? formatDate(unit.validTo) : null,
    predecessors: unit.predecessors || null,
  }
}

const LABELS: Record<keyof Comparable, string> = {
  name: COLUMN_HEADING.name,
  fullName: 'Tên đầy đủ',
  kind: COLUMN_HEADING.kind,
  adminType: COLUMN_HEADING.adminType,
  parentCode: COLUMN_HEADING.parent,
  validFrom: COLUMN_HEADING.validFrom,
  validTo: COLUMN_HEADING.validTo,
  predecessors: COLUMN_HEADING.predecessors,
}

export function predecessorsOf(code: string, links: readonly PredecessorLink[]): string {
  return links
    .filter((l) => l.unit === code)
    .map((l) => l.predecessor)
    .sort()
    .join(', ')
}

export function diffUnit(
  unit: FileUnit,
  old: OrganisationRow | undefined,
  links: readonly PredecessorLink[],
  hasPredecessors: boolean,
): { status: UnitImportStatus; changes: UnitImportEntry['changes'] } {
  if (!old) return { status: 'new', changes: [] }
  const stored = predecessorsOf(old.code, links)
  const before = shown({ ...old, predecessors: stored })
  const after = shown({
    ...unit,
    fullName: unitFullName(unit),
    predecessors: hasPredecessors ? [...new Set(unit.predecessors)].sort().join(', ') : stored,
  })
  const changes = (Object.keys(LABELS) as Array<keyof Comparable>)
    .filter((key) => before[key] !== after[key])
    .map((key) => ({ column: LABELS[key], before: before[key], after: after[key] }))
  if (changes.length === 0) return { status: 'unchanged', changes }
  return { status: old.validTo === null && unit.validTo !== null ? 'ended' : 'changed', changes }
}
