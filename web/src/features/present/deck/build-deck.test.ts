import { describe, expect, it } from 'vitest'
import type { Dashboard, Organisation } from '@ldld/db/contracts'
import {
  baDinh,
  cell,
  coverage,
  dashboard2021,
  haiBaTrung,
  indicators,
  ranking2021,
} from '../../../test/fixtures.ts'
import { barSlideLayout } from './bar-columns.ts'
import { buildDeck } from './build-deck.ts'
import { deckData } from './deck-fixtures.ts'

const slides = buildDeck(deckData, new Set(['001', '007']))
const slide = (id: string) => slides.find((s) => s.id === id)

describe('buildDeck: which slides from which data', () => {
  it('builds title, totals, one slide per headline indicator, leaders, welfare, map and race', () => {
    expect(slides.map((s) => s.id)).toEqual([
      'title',
      'totals',
      'indicator:new_members',
      'leaders:new_members',
      'value:welfare_spending',
      'map:new_members',
      'race:new_members',
    ])
    expect(slides[0]?.title).toBe('Hội nghị tổng kết năm 2021')
  })

  it('shows the city totals against target with the % achieved and the change, in Vietnamese format', () => {
    const totals = slide('totals')
    if (totals?.kind !== 'totals') throw new Error('no totals slide')
    expect(totals.items[0]).toMatchObject({
      name: 'Đoàn viên kết nạp mới',
      value: '52.310',
      target: '47.500',
      percent: 'đạt 110,1%',
      status: 'achieved',
      change: '+8,2% so với 2020 (tính từ dữ liệu minh họa)',
    })
    expect(totals.items[1]).toMatchObject({ value: '1 tỷ 250,3 triệu đồng', target: null, percent: null })
  })

  it('compares all districts best first, each with its own target, status and a second cue', () => {
    const bars = slide('indicator:new_members')
    if (bars?.kind !== 'indicator') throw new Error('no indicator slide')
    expect(bars.bars.map((b) => [b.name, b.value, b.target, b.label])).toEqual([
      ['Hai Bà Trưng', 2352, 1330, '✓ 176,8%'],
      ['Ba Đình', 2100, 2500, '✗ 84%'],
    ])
    expect(bars.scaleMax).toBe(2500)
    expect(bars.counts).toEqual([
      { status: 'achieved', count: 1 },
      { status: 'below', count: 1 },
    ])
  })

  it('cites the real figure and marks the rest as illustrative', () => {
    expect(slide('indicator:new_members')?.notes).toEqual([
      'Nguồn: Báo Lao động Thủ đô (Hai Bà Trưng). Các số liệu khác: dữ liệu minh họa.',
      'Số liệu mới nhất · 2/2 đơn vị đã báo cáo',
    ])
    expect(slide('title')?.notes[0]).toContain('dữ liệu minh họa')
    expect(slide('map:new_members')?.notes.join(' ')).toContain('OCHA ROAP qua HDX (CC BY 3.0 IGO)')
  })

  it('takes leaders and rank changes from the API ranking', () => {
    const leaders = slide('leaders:new_members')
    if (leaders?.kind !== 'leaders') throw new Error('no leaders slide')
    expect(leaders.top.map((r) => [r.name, r.figure])).toEqual([
      ['1. Hai Bà Trưng', '176,8%'],
      ['2. Ba Đình', '84%'],
    ])
    expect(leaders.improved).toEqual([
      { code: '007', name: 'Hai Bà Trưng', figure: '▲ 1 bậc', detail: 'hạng 2 → 1' },
    ])
  })

  it('races running totals over the years', () => {
    const race = slide('race:new_members')
    if (race?.kind !== 'race') throw new Error('no race slide')
    expect(race.years).toEqual([2020, 2021])
    expect(race.series.find((s) => s.code === '007')?.cumulative).toEqual([1387, 1387 + 2352])
  })

  it('leaves out what the data cannot fill: no ranking, one year, an indicator without figures', () => {
    const ids = buildDeck({
      year: 2021,
      basis: 'latest',
      catalogue: indicators,
      dashboards: [dashboard2021],
      ranking: null,
    }).map((s) => s.id)
    expect(ids).not.toContain('leaders:new_members')
    expect(ids).not.toContain('race:new_members')
    const noWelfare = {
      ...dashboard2021,
      cells: dashboard2021.cells.filter((c) => c.indicator !== 'welfare_spending'),
    }
    expect(buildDeck({ ...deckData, dashboards: [noWelfare] }).map((s) => s.id)).not.toContain(
      'value:welfare_spending',
    )
    expect(buildDeck({ ...deckData, year: 2030 })).toEqual([])
  })
})

describe('buildDeck on the units after 2025', () => {
  const union = (code: string, name: string, kind: 'ward' | 'commune' = 'ward'): Organisation => ({
    code,
    name,
    fullName: `Công đoàn phường ${name}`,
    kind,
    adminType: kind === 'ward' ? 'phuong' : 'xa',
    parentCode: '01',
    validFrom: '2025-10-01',
    validTo: null,
  })
  const unions = Array.from({ length: 85 }, (_, i) => union(String(10000 + i), `Phường ${i + 1}`))
  const cellsOf = (year: number, units: readonly Organisation[], target: boolean) =>
    units.map((u, i) =>
      cell({
        year,
        unit: u.code,
        indicator: 'new_members',
        actual: 100 + i,
        target: target ? 120 : null,
        percent: target ? Math.round(((100 + i) / 120) * 1000) / 10 : null,
        status: target ? ((100 + i) / 120 >= 1 ? 'achieved' : 'below') : 'no_target',
        illustrative: true,
      }),
    )
  const dashboard = (year: number, units: Organisation[], target: boolean): Dashboard => ({
    ...dashboard2021,
    year,
    units,
    coverage: coverage({ expected: units.length, reported: units.length }),
    cells: cellsOf(year, units, target),
    totals: [],
    sources: [],
  })

  it('2026: titles speak of công đoàn xã, phường; no boundaries, so tiles instead of a map', () => {
    const deck = buildDeck({
      year: 2026,
      basis: 'latest',
      catalogue: indicators,
      dashboards: [dashboard(2025, unions, false), dashboard(2026, unions, true)],
      ranking: null,
    })
    expect(deck.find((s) => s.id === 'title')?.subtitle).toContain('85 công đoàn xã, phường')
    const bars = deck.find((s) => s.id === 'indicator:new_members')
    expect(bars?.title).toBe('Đoàn viên kết nạp mới: công đoàn xã, phường năm 2026')
    const map = deck.find((s) => s.id === 'map:new_members')
    if (map?.kind !== 'map') throw new Error('no map slide')
    expect(map.layout).toBe('tiles')
    expect(map.subtitle).toContain('chưa có ranh giới')
    expect(map.data).toHaveLength(85)
    expect(map.notes.join(' ')).not.toContain('OCHA') // no boundaries drawn, no credit for them
    expect(deck.find((s) => s.id === 'race:new_members')?.title).toBe(
      'Đoàn viên kết nạp mới cộng dồn 1/10/2025–2026',
    )
  })

  it("2026: notes the KCN union's broken bar only when the slide shows that bar", () => {
    const kcn: Organisation = {
      ...union('19999', 'Công đoàn các KCN'),
      kind: 'industrial_zone',
      adminType: null,
    }
    const withKcn = (kcnActual: number) => {
      const units = [...unions, kcn]
      const d = dashboard(2026, units, true)
      const cells = d.cells.map((c): Dashboard['cells'][number] =>
        c.unit === kcn.code
          ? {
              ...c,
              actual: kcnActual,
              target: 1000,
              percent: (kcnActual / 1000) * 100,
              status: 'achieved',
            }
          : c,
      )
      const deck = buildDeck({
        year: 2026,
        basis: 'latest',
        catalogue: indicators,
        dashboards: [dashboard(2025, units, false), { ...d, cells }],
        ranking: null,
      })
      const slide = deck.find((s) => s.id === 'indicator:new_members')
      if (slide?.kind !== 'indicator') throw new Error('no bars slide')
      return slide
    }
    // 3.000 recruits of 1.000 (300%): first in the ranking and beyond the wards' scale.
    const top = withKcn(3000)
    expect(top.notes.join(' ')).not.toContain('vượt thang') // the slide decides, by what it shows
    const shown = barSlideLayout(top.bars, 15, top.order, top.scaleMax)
    expect(shown.columns[0]?.bars[0]?.code).toBe('19999')
    expect(shown.note).toBe(
      'Thanh của Công đoàn các KCN vượt thang nên được cắt ngắn; con số bên cạnh là số thực hiện.',
    )
    // 1.150 of 1.000 (115%, above the wards' scale of 200) ranks in the middle: not on the slide, no note.
    const middle = withKcn(1150)
    const layout = barSlideLayout(middle.bars, 15, middle.order, middle.scaleMax)
    expect(middle.bars.find((b) => b.code === '19999')?.value).toBeGreaterThan(middle.scaleMax)
    expect(layout.columns.flatMap((c) => c.bars).map((b) => b.code)).not.toContain('19999')
    expect(layout.note).toBeNull()
    expect(middle.notes.join(' ')).not.toContain('vượt thang')
  })

  it('2025: districts and unions on slides of their own, each with its part of the year', () => {
    const split = dashboard(2025, [haiBaTrung, baDinh, ...unions.slice(0, 3)], false)
    const deck = buildDeck({
      year: 2025,
      basis: 'latest',
      catalogue: indicators,
      dashboards: [split],
      ranking: null,
    })
    const titles = deck.filter((s) => s.id.startsWith('indicator:')).map((s) => [s.id, s.title])
    expect(titles).toEqual([
      ['indicator:new_members:before', 'Đoàn viên kết nạp mới: LĐLĐ quận, huyện, thị xã (1/1–30/6/2025)'],
      ['indicator:new_members:after', 'Đoàn viên kết nạp mới: công đoàn xã, phường (1/10–31/12/2025)'],
    ])
    const before = deck.find((s) => s.id === 'indicator:new_members:before')
    if (before?.kind !== 'indicator') throw new Error('no slide')
    expect(before.bars.map((b) => b.code).sort()).toEqual(['001', '007'])
    expect(before.order).toBe('value') // no target that half year: ranked by result
    expect(deck.find((s) => s.id === 'title')?.subtitle).toContain(
      '2 LĐLĐ quận, huyện, thị xã (1/1–30/6/2025) và 3 công đoàn xã, phường (1/10–31/12/2025)',
    )
  })
})

describe('buildDeck: derived numbers carry their marks', () => {
  it('leaves out a change of rank from a part-year year and marks one from illustrative figures', () => {
    const rows = ranking2021.rows.map((r) => ({ ...r, derivedFrom: { ...r.derivedFrom, partialYear: true } }))
    const partial = buildDeck({ ...deckData, ranking: { ...ranking2021, rows } }).find(
      (s) => s.id === 'leaders:new_members',
    )
    if (partial?.kind !== 'leaders') throw new Error('no leaders slide')
    expect(partial.improved).toEqual([])
    expect(partial.improvedEmpty).toBe('Không so hạng với 2020: năm đó chỉ có số liệu một phần năm.')
    const marked = ranking2021.rows.map((r) => ({
      ...r,
      derivedFrom: { ...r.derivedFrom, illustrative: true },
    }))
    const leaders = buildDeck({ ...deckData, ranking: { ...ranking2021, rows: marked } }).find(
      (s) => s.id === 'leaders:new_members',
    )
    if (leaders?.kind !== 'leaders') throw new Error('no leaders slide')
    expect(leaders.improved[0]?.figure).toBe('▲ 1 bậc (mh)')
    expect(leaders.notes).toContain('(mh): thay đổi hạng tính từ dữ liệu minh họa.')
  })

  it('says the change against a part-year year is not made', () => {
    const current = deckData.dashboards.at(-1)
    if (!current) throw new Error('no dashboard')
    const totals = current.totals.map((t) => ({ ...t, derivedFrom: { ...t.derivedFrom, partialYear: true } }))
    const slide = buildDeck({
      ...deckData,
      dashboards: [deckData.dashboards[0] ?? current, { ...current, totals }],
    }).find((s) => s.id === 'totals')
    if (slide?.kind !== 'totals') throw new Error('no totals slide')
    expect(slide.items[0]?.change).toBe('không so với 2020: có số liệu một phần năm')
  })
})
