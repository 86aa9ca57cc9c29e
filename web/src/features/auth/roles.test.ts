import { describe, expect, it } from 'vitest'
import {
  CAN_ADMINISTER,
  CAN_READ_REPORT_TEXT,
  CAN_REVIEW,
  CAN_SET_TARGETS,
  safeNext,
  workOf,
} from './roles.ts'

describe('the menus read the permission table', () => {
  it.each([
    [
      'admin',
      null,
      {
        entersOwnUnit: false,
        reviews: true,
        setsTargets: true,
        administers: true,
        readsReportText: true,
        imports: true,
      },
    ],
    [
      'city',
      null,
      {
        entersOwnUnit: false,
        reviews: true,
        setsTargets: true,
        administers: false,
        readsReportText: true,
        imports: true,
      },
    ],
    [
      'district',
      '007',
      {
        entersOwnUnit: true,
        reviews: false,
        setsTargets: false,
        administers: false,
        readsReportText: true,
        imports: true,
      },
    ],
    [
      'viewer',
      null,
      {
        entersOwnUnit: false,
        reviews: false,
        setsTargets: false,
        administers: false,
        readsReportText: false,
        imports: false,
      },
    ],
  ] as const)('%s', (role, unit, work) => {
    expect(workOf({ role, unit })).toEqual(work)
  })

  it('and so do the route guards', () => {
    expect([CAN_REVIEW, CAN_SET_TARGETS, CAN_ADMINISTER, CAN_READ_REPORT_TEXT]).toEqual([
      ['admin', 'city'],
      ['admin', 'city'],
      ['admin'],
      ['admin', 'city', 'district'],
    ])
  })
})

describe('safeNext', () => {
  it.each([
    ['/entry/007/2024', '/entry/007/2024'],
    ['/?year=2024#x', '/?year=2024#x'],
    ['//evil.example', '/'],
    ['/\t/evil.example', '/'],
    ['/\n/evil.example', '/'],
    ['/\\evil.example', '/'],
    ['/\u0000', '/'],
    ['/\u200b/x', '/'],
    ['https://evil.example/', '/'],
    ['entry', '/'],
    [null, '/'],
  ])('%j → %j', (next, expected) => {
    expect(safeNext(next)).toBe(expected)
  })
})
