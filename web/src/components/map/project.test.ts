import { describe, expect, it } from 'vitest'
import type { DistrictBoundaries } from '../../lib/geo-schema.ts'
import hanoi from '../../../public/geo/hanoi-districts-2020.geojson?raw'
import { projectDistricts, projectDistrictsInSteps, projectedDistricts } from './project.ts'

const square = (code: string, name: string, x: number, y: number) => ({
  type: 'Feature' as const,
  properties: { gso_code: code, name },
  geometry: {
    type: 'Polygon' as const,
    coordinates: [
      [
        [x, y],
        [x, y + 0.05],
        [x + 0.05, y + 0.05],
        [x + 0.05, y],
        [x, y],
      ],
    ],
  },
})

const boundaries = (): DistrictBoundaries =>
  ({
    type: 'FeatureCollection',
    features: [square('001', 'Ba Đình', 105.8, 21.03), square('002', 'Hoàn Kiếm', 105.85, 21.02)],
  }) as DistrictBoundaries

describe('projectDistrictsInSteps', () => {
  it('gives the shapes projectDistricts gives, and keeps them for the next caller', async () => {
    const stepped = boundaries()
    expect(projectedDistricts(stepped, 640, 480)).toBeUndefined()
    const shapes = await projectDistrictsInSteps(stepped, 640, 480)
    expect(shapes).toEqual(projectDistricts(boundaries(), 640, 480))
    expect(shapes.map((s) => s.code)).toEqual(['001', '002'])
    expect(shapes[0]?.d).toMatch(/^M/)
    expect(projectedDistricts(stepped, 640, 480)).toBe(shapes)
    expect(projectDistricts(stepped, 640, 480)).toBe(shapes)
    // Another size is projected anew.
    expect(projectedDistricts(stepped, 320, 240)).toBeUndefined()
  })
  it('projects Hà Nội’s 30 district boundaries exactly as d3’s own fit does, at several sizes', async () => {
    const read = () => JSON.parse(hanoi) as DistrictBoundaries
    for (const [width, height] of [
      [640, 520],
      [1000, 760],
      [300, 900],
    ] as const) {
      const stepped = await projectDistrictsInSteps(read(), width, height)
      expect(stepped).toHaveLength(30)
      expect(stepped).toEqual(projectDistricts(read(), width, height))
    }
  })
})
