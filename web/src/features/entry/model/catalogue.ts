import type { Indicator, ReportValue } from '@ldld/db/contracts'

export type RowIndicator = Pick<
  Indicator,
  'key' | 'nameVi' | 'shortNameVi' | 'unitKind' | 'unitLabel' | 'takesTarget' | 'higherIsBetter'
>

/** The catalogue's entry for a value; a key the cached catalogue does not know yet still gets a row. */
export function rowIndicatorOf(value: ReportValue, catalogue: ReadonlyMap<string, Indicator>): RowIndicator {
  return (
    catalogue.get(value.indicator) ?? {
      key: value.indicator,
      nameVi: value.indicator,
      shortNameVi: value.indicator,
      unitKind: value.unitKind,
      unitLabel: value.unitKind === 'money' ? 'đồng' : '',
      takesTarget: value.target !== null,
      higherIsBetter: true,
    }
  )
}

export const FIELD_LABELS = {
  actual: 'Thực hiện',
  target: 'Chỉ tiêu',
  note: 'Ghi chú',
  status: 'Trạng thái',
} as const
