import { ILLUSTRATIVE_LABEL } from '@ldld/db/contracts'

/** Badge beside a figure that no source reports: the demo data must say so wherever shown. */
export function IllustrativeBadge() {
  return <span className="badge badge--illustrative">{ILLUSTRATIVE_LABEL}</span>
}

/** Compact mark for dense tables; the cell's accessible text says it in words. */
export function IllustrativeMark() {
  return (
    <sup className="mh" aria-hidden="true" title={ILLUSTRATIVE_LABEL}>
      mh
    </sup>
  )
}
