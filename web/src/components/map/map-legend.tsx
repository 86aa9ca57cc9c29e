import { STATUS_ICONS, STATUS_LABELS, type Status } from '@ldld/db/contracts'
import { statusTexture, type MapMode } from './classes.ts'
import type { MapDatum } from './datum.ts'

const STATUS_ORDER: readonly Status[] = [
  'achieved',
  'near',
  'below',
  'source_no_target',
  'no_target',
  'source_no_target',
  'no_data',
  'not_reported',
  'not_accepted',
]

interface MapLegendProps {
  mode: MapMode
  data: readonly MapDatum[]
  /** Value classes' texts (value mode). */
  classLabels: readonly string[]
  /** Heading of the value classes, e.g. "Số thực hiện (đoàn viên)". */
  valueHeading: string
}

/** Colour key in Vietnamese; in status mode each band also counts its districts ("✓ Đạt/vượt: 22"). */
export function MapLegend({ mode, data, classLabels, valueHeading }: MapLegendProps) {
  if (mode === 'status') {
    const present = STATUS_ORDER.filter((status) => data.some((d) => d.status === status))
    return (
      <ul className="map-legend" aria-label="Chú giải bản đồ">
        {present.map((status) => (
          <li key={status}>
            <span
              className={`map-swatch map-area--${status} map-texture--${statusTexture(status) ?? 'none'}`}
              aria-hidden="true"
            />
            <span className={`status__icon status--${status}`} aria-hidden="true">
              {STATUS_ICONS[status]}
            </span>
            {`${STATUS_LABELS[status]}: ${data.filter((d) => d.status === status).length} đơn vị`}
          </li>
        ))}
      </ul>
    )
  }
  const step = classLabels.length > 1 ? 4 / (classLabels.length - 1) : 0
  return (
    <div>
      <p className="map-legend__heading">{valueHeading}</p>
      <ul className="map-legend" aria-label="Chú giải bản đồ">
        {classLabels.map((label, index) => (
          <li key={label}>
            <span className={`map-swatch map-area--seq-${Math.round(index * step)}`} aria-hidden="true" />
            {label}
          </li>
        ))}
        {data.some((d) => d.value === null && (d.status === 'no_data' || d.status === 'no_target')) && (
          <li>
            <span className="map-swatch map-area--no_data" aria-hidden="true" />
            {STATUS_LABELS.no_data}
          </li>
        )}
        {(['not_reported', 'not_accepted'] as const)
          .filter((status) => data.some((d) => d.status === status))
          .map((status) => (
            <li key={status}>
              <span className={`map-swatch map-area--${status}`} aria-hidden="true" />
              {`${STATUS_LABELS[status]}: ${data.filter((d) => d.status === status).length} đơn vị`}
            </li>
          ))}
      </ul>
    </div>
  )
}
