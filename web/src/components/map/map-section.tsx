import { useState } from 'react'
import type { DataBasis, Indicator } from '@ldld/db/contracts'
import { QueryState } from '../query-state.tsx'
import { paths } from '../../lib/paths.ts'
import { unitHeading } from '../../lib/figures.ts'
import { useBoundaries } from '../../api/get-boundaries.ts'
import { areaClass, statusTexture, valueBreaks, valueClassLabels, type MapMode } from './classes.ts'
import { MAP_CREDIT } from './credit.ts'
import { byCode, type MapDatum } from './datum.ts'
import { DistrictMap } from './district-map.tsx'
import { MapInfo } from './map-info.tsx'
import { MapLegend } from './map-legend.tsx'
import { MapModePicker } from './map-mode-picker.tsx'

export const MAP_WIDTH = 500
export const MAP_HEIGHT = 600

interface MapSectionProps {
  indicator: Indicator
  year: number
  data: readonly MapDatum[]
  /** Status colours only make sense when the year's figures have targets. */
  withStatus: boolean
  /** Which figures are shown; the district links keep it. */
  basis?: DataBasis
}

/**
 * The indicator page's map, a subsection of the ranking it draws: colour by status band or by value,
 * figures on hover/focus, Enter opens the district.
 */
export function MapSection({ indicator, year, data, withStatus, basis = 'latest' }: MapSectionProps) {
  const boundaries = useBoundaries()
  const [picked, setMode] = useState<MapMode>('status')
  const [active, setActive] = useState<string | null>(null)
  const mode = withStatus ? picked : 'value'
  const breaks = valueBreaks(data.flatMap((d) => (d.value === null ? [] : [d.value])))
  const index = byCode(data)
  return (
    <section className="map-section" aria-labelledby="map-heading">
      <div className="section__head">
        <h3 id="map-heading">Bản đồ các quận, huyện năm {year}</h3>
        {withStatus && <MapModePicker mode={mode} onChange={setMode} />}
      </div>
      <QueryState query={boundaries} loadingLabel="Đang tải bản đồ…">
        {(geo) => (
          <div className="map-layout">
            <figure className="map-figure">
              <DistrictMap
                geo={geo}
                width={MAP_WIDTH}
                height={MAP_HEIGHT}
                data={index}
                fillOf={(d) => areaClass(mode, d?.status ?? 'no_data', d?.value ?? null, breaks)}
                textureOf={mode === 'status' ? (d) => statusTexture(d?.status) : undefined}
                hrefFor={(code) => paths.district(code, basis)}
                active={active}
                onActive={setActive}
                title={`Bản đồ ${indicator.nameVi} năm ${year}, tô màu theo ${mode === 'status' ? '% đạt chỉ tiêu' : 'số thực hiện'}`}
              />
              <figcaption className="map-credit">{MAP_CREDIT}</figcaption>
            </figure>
            <div className="map-side">
              <MapLegend
                mode={mode}
                data={data}
                classLabels={valueClassLabels(breaks, indicator.unitKind)}
                valueHeading={unitHeading('Số thực hiện', indicator)}
              />
              <MapInfo
                datum={active === null ? undefined : index.get(active)}
                hint="Di chuột, chạm hoặc nhấn Tab để xem số liệu từng quận, huyện; nhấn Enter để mở trang của đơn vị."
              />
            </div>
          </div>
        )}
      </QueryState>
    </section>
  )
}
