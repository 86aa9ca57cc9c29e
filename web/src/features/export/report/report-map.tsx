import { useState } from 'react'
import type { Dashboard, Indicator, Organisation } from '@ldld/db/contracts'
import { paths } from '../../../lib/paths.ts'
import {
  areaClass,
  statusTexture,
  byCode,
  DistrictMap,
  MAP_CREDIT,
  MapLegend,
  mapDatum,
  type DistrictBoundaries,
} from '../../../components/map/index.ts'

/** The lead indicator's status map, with its legend and the boundaries' credit line. */
export function ReportMap({
  dashboard,
  indicator,
  geo,
  units,
}: {
  dashboard: Dashboard
  indicator: Indicator
  geo: DistrictBoundaries
  /** The units drawn (those of one part of the year, all with boundaries). */
  units: readonly Organisation[]
}) {
  const [active, setActive] = useState<string | null>(null)
  const cells = new Map(dashboard.cells.filter((c) => c.indicator === indicator.key).map((c) => [c.unit, c]))
  const data = units.map((unit) => mapDatum(unit.code, unit.name, indicator, cells.get(unit.code)))
  return (
    <figure className="report-map">
      <div className="report-map__body">
        <DistrictMap
          geo={geo}
          width={500}
          height={600}
          data={byCode(data)}
          fillOf={(d) => areaClass('status', d?.status ?? 'no_data', null, [])}
          textureOf={(d) => statusTexture(d?.status)}
          hrefFor={(code) => paths.district(code, dashboard.basis)}
          active={active}
          onActive={setActive}
          title={`Bản đồ mức đạt chỉ tiêu ${indicator.nameVi} năm ${dashboard.year}`}
        />
        <MapLegend mode="status" data={data} classLabels={[]} valueHeading="" />
      </div>
      <figcaption className="map-credit">{MAP_CREDIT}</figcaption>
    </figure>
  )
}
