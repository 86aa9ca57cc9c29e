import { Link } from 'react-router'
import type { MapDatum } from './datum.ts'
import type { Texture } from './classes.ts'

interface UnitTilesProps {
  data: readonly MapDatum[]
  /** The same colour class as a map area would get. */
  fillOf: (datum: MapDatum) => string
  textureOf?: (datum: MapDatum) => Texture | null
  hrefFor: (code: string) => string
  /** What the grid shows, for screen readers. */
  label: string
}

/**
 * The honest alternative to a map where no boundaries exist (the commune and ward unions from
 * 1/10/2025): one tile per unit in list order, with the colour a map would give it, its name and
 * its figure. Each tile opens the unit.
 */
export function UnitTiles({ data, fillOf, textureOf, hrefFor, label }: UnitTilesProps) {
  return (
    <ul className="unit-tiles" aria-label={label}>
      {data.map((datum) => (
        <li key={datum.code}>
          <Link className="unit-tile" to={hrefFor(datum.code)} aria-label={datum.label} title={datum.label}>
            <span
              className={`unit-tile__swatch map-swatch ${fillOf(datum)} map-texture--${textureOf?.(datum) ?? 'none'}`}
              aria-hidden="true"
            />
            <span className="unit-tile__name">{datum.name}</span>
            <span className="unit-tile__figure">{datum.lines[0] ?? '—'}</span>
          </Link>
        </li>
      ))}
    </ul>
  )
}
