import type { MapDatum } from './datum.ts'

interface MapInfoProps {
  datum: MapDatum | undefined
  /** Said when no district is pointed at. */
  hint: string
}

/** The figures of the district under the pointer or the keyboard focus. */
export function MapInfo({ datum, hint }: MapInfoProps) {
  return (
    <div className="map-info" aria-live="polite">
      {datum ? (
        <>
          <p className="map-info__name">{datum.name}</p>
          {datum.lines.map((line) => (
            <p key={line}>{line}</p>
          ))}
        </>
      ) : (
        <p className="map-info__hint">{hint}</p>
      )}
    </div>
  )
}
