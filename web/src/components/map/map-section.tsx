import { useMemo, useState } from 'react'
import { Link } from 'react-router'
import { REORGANISATION, yearPhase, type DataBasis, type Indicator } from '@ldld/db/contracts'
import { formatDayMonth } from '@ldld/db/format'
import { QueryState } from '../query-state.tsx'
import { paths } from '../../lib/paths.ts'
import { unitHeading } from '../../lib/figures.ts'
import { useBoundaries } from '../../api/get-boundaries.ts'
import { areaClass, statusTexture, valueBreaks, valueClassLabels, type MapMode } from './classes.ts'
import { MAP_CREDIT } from './credit.ts'
import { byCode, type MapDatum } from './datum.ts'
import type { DistrictBoundaries } from '../../lib/geo-schema.ts'
import { DistrictMap } from './district-map.tsx'
import { MapInfo } from './map-info.tsx'
import { MapLegend } from './map-legend.tsx'
import { MapModePicker } from './map-mode-picker.tsx'
import { UnitTiles } from './unit-tiles.tsx'

export const MAP_WIDTH = 500
export const MAP_HEIGHT = 600
/** How many units at each end of the ranking are always named on the map. */
const NAMED_ENDS = 3

interface MapSectionProps {
  indicator: Indicator
  year: number
  /** In rank order (best first) when the page ranks them. */
  data: readonly MapDatum[]
  /** Status colours only make sense when the year's figures have targets. */
  withStatus: boolean
  /** Which figures are shown; the district links keep it. */
  basis?: DataBasis
}

/**
 * The indicator page's map, a subsection of the ranking it draws: colour by status band or by value,
 * figures on hover/focus, Enter opens the district. Units without boundaries (the commune and ward
 * unions from 1/10/2025) get a tile grid in the same colours and a link to the district map of the
 * last year that has one: nothing draws an empty or wrong map.
 */
export function MapSection({ indicator, year, data, withStatus, basis = 'latest' }: MapSectionProps) {
  // The boundaries are the districts' (to 30/6/2025): a year of commune and ward unions only has
  // none to draw, so it does not fetch them (97 KB a page on a phone).
  const drawsMap = yearPhase(year) !== 'unions'
  const boundaries = useBoundaries(drawsMap)
  const [picked, setMode] = useState<MapMode>('status')
  const mode = withStatus ? picked : 'value'
  const breaks = valueBreaks(data.flatMap((d) => (d.value === null ? [] : [d.value])))
  const paint: MapPaint = {
    indicator,
    mode,
    breaks,
    fillOf: (d) => areaClass(mode, d?.status ?? 'no_data', d?.value ?? null, breaks),
    textureOf: mode === 'status' ? (d) => statusTexture(d?.status) : undefined,
    hrefFor: (code) => paths.district(code, basis),
  }
  /** The map of the units with boundaries, and tiles for the units without. */
  const areas = (geo: DistrictBoundaries | null) => {
    const codes = new Set(geo?.features.map((f) => f.properties.gso_code))
    const mapped = data.filter((d) => codes.has(d.code))
    const unmapped = data.filter((d) => !codes.has(d.code))
    return (
      <>
        {geo && mapped.length > 0 && (
          <DistrictsMap geo={geo} data={mapped} year={year} paint={paint} partial={unmapped.length > 0} />
        )}
        {unmapped.length > 0 && (
          <div className="map-missing-block">
            <p className="map-missing" role="note">
              <strong>Chưa có bản đồ ranh giới cho {unmapped.length} đơn vị này</strong>
              {` (công đoàn xã, phường và các đơn vị lập từ ${formatDayMonth(REORGANISATION.unionsStart)}). Mỗi ô dưới đây là một đơn vị theo thứ tự ${mapped.length > 0 || withStatus ? 'xếp hạng' : 'danh sách'}, tô cùng màu như bản đồ. `}
              <Link to={paths.indicator(indicator.key, REORGANISATION.year - 1, basis)}>
                {`Xem bản đồ các quận, huyện năm ${REORGANISATION.year - 1}`}
              </Link>
            </p>
            <div className="map-layout map-layout--tiles">
              <UnitTiles
                data={unmapped}
                fillOf={paint.fillOf}
                textureOf={paint.textureOf}
                hrefFor={paint.hrefFor}
                label={`Các đơn vị chưa có bản đồ, ${indicator.nameVi} năm ${year}`}
              />
              <SectionLegend paint={paint} data={unmapped} />
            </div>
          </div>
        )}
      </>
    )
  }
  return (
    <section className="map-section" aria-labelledby="map-heading">
      <div className="section__head">
        <h3 id="map-heading">Bản đồ năm {year}</h3>
        {withStatus && <MapModePicker mode={mode} onChange={setMode} />}
      </div>
      {drawsMap ? (
        <QueryState query={boundaries} loadingLabel="Đang tải bản đồ…">
          {(geo) => areas(geo)}
        </QueryState>
      ) : (
        areas(null)
      )}
    </section>
  )
}

/** How the map and the tiles colour, mark and link a unit, and what their legend says. */
interface MapPaint {
  indicator: Indicator
  mode: MapMode
  breaks: readonly number[]
  fillOf: (d: MapDatum | undefined) => string
  textureOf: ((d: MapDatum | undefined) => ReturnType<typeof statusTexture>) | undefined
  /** The unit's page, keeping the figures shown (latest or accepted only). */
  hrefFor: (code: string) => string
}

function SectionLegend({ paint, data }: { paint: MapPaint; data: readonly MapDatum[] }) {
  return (
    <MapLegend
      mode={paint.mode}
      data={data}
      classLabels={valueClassLabels(paint.breaks, paint.indicator.unitKind)}
      valueHeading={unitHeading('Số thực hiện', paint.indicator)}
    />
  )
}

interface DistrictsMapProps {
  geo: DistrictBoundaries
  data: readonly MapDatum[]
  year: number
  paint: MapPaint
  /** Some units of the year have no boundaries (2025): the map's heading says whose map it is. */
  partial: boolean
}

function DistrictsMap({ geo, data, year, paint, partial }: DistrictsMapProps) {
  const [active, setActive] = useState<string | null>(null)
  const index = byCode(data)
  const ends = useMemo(
    () => [...data.slice(0, NAMED_ENDS), ...data.slice(-NAMED_ENDS)].map((d) => d.code),
    [data],
  )
  return (
    <div className="map-layout">
      <figure className="map-figure">
        {partial && (
          <figcaption className="map-partial">
            {`${data.length} LĐLĐ quận, huyện, thị xã (1/1–${formatDayMonth(REORGANISATION.districtsEnd)})`}
          </figcaption>
        )}
        <DistrictMap
          geo={geo}
          width={MAP_WIDTH}
          height={MAP_HEIGHT}
          data={index}
          fillOf={paint.fillOf}
          textureOf={paint.textureOf}
          hrefFor={paint.hrefFor}
          active={active}
          onActive={setActive}
          labels
          labelFirst={ends}
          progressive
          title={`Bản đồ ${paint.indicator.nameVi} năm ${year}, tô màu theo ${paint.mode === 'status' ? '% đạt chỉ tiêu' : 'số thực hiện'}`}
        />
        <p className="map-credit">{MAP_CREDIT}</p>
      </figure>
      <div className="map-side">
        <SectionLegend paint={paint} data={data} />
        <p className="map-legend__note">
          Tên trên bản đồ: các quận, huyện đủ chỗ ghi tên, luôn gồm 3 đơn vị đầu và 3 đơn vị cuối bảng; tên
          các quận nhỏ khác hiện khi di chuột, chạm hoặc nhấn Tab.
        </p>
        <MapInfo
          datum={active === null ? undefined : index.get(active)}
          hint="Di chuột, chạm hoặc nhấn Tab để xem số liệu từng quận, huyện; nhấn Enter để mở trang của đơn vị."
        />
      </div>
    </div>
  )
}
