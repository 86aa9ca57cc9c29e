import { describe, expect, it } from 'vitest'
import {
  countsInBasis,
  coverageText,
  missingStatus,
  noteAudience,
  noteVisible,
  workflowText,
} from './coverage.ts'

describe('countsInBasis', () => {
  it('counts a unit with figures in the latest view, only accepted reports in the accepted view', () => {
    expect(countsInBasis('draft', true, 'latest')).toBe(true)
    expect(countsInBasis('none', false, 'latest')).toBe(false)
    expect(countsInBasis('submitted', true, 'accepted')).toBe(false)
    expect(countsInBasis('none', true, 'accepted')).toBe(false)
    expect(countsInBasis('accepted', true, 'accepted')).toBe(true)
  })
})

describe('missingStatus', () => {
  it('says "not reported" unless the unit has entered or sent something the city has not accepted', () => {
    expect(missingStatus('none', false, 'latest')).toBe('not_reported')
    expect(missingStatus('draft', false, 'accepted')).toBe('not_reported')
    expect(missingStatus('draft', true, 'accepted')).toBe('not_accepted')
    expect(missingStatus('submitted', true, 'accepted')).toBe('not_accepted')
    expect(missingStatus('none', true, 'accepted')).toBe('not_accepted')
  })
})

describe('coverage texts', () => {
  it('says how many units a year covers', () => {
    expect(coverageText({ basis: 'latest', reported: 12, expected: 30 })).toBe('12/30 đơn vị đã báo cáo')
    expect(coverageText({ basis: 'accepted', reported: 5, expected: 30 })).toBe(
      '5/30 đơn vị có báo cáo đã duyệt',
    )
    expect(workflowText({ accepted: 5, submitted: 4, draft: 2, returned: 1, none: 18 })).toBe(
      '5 đã duyệt, 4 chờ duyệt, 3 đang nhập',
    )
    expect(workflowText({ accepted: 0, submitted: 0, draft: 0, returned: 0, none: 30 })).toBeNull()
  })
})

describe('noteVisible', () => {
  const district = (unit: string) => ({ role: 'district' as const, unit })
  it('keeps a draft note with its unit, the city and admins', () => {
    for (const report of ['draft', 'submitted', 'returned'] as const) {
      expect(noteVisible(null, '007', report)).toBe(false)
      expect(noteVisible({ role: 'viewer', unit: null }, '007', report)).toBe(false)
      expect(noteVisible(district('001'), '007', report)).toBe(false)
      expect(noteVisible(district('007'), '007', report)).toBe(true)
      expect(noteVisible({ role: 'city', unit: null }, '007', report)).toBe(true)
      expect(noteVisible({ role: 'admin', unit: null }, '007', report)).toBe(true)
    }
  })
  it('makes it public once the city accepts the report, and keeps published notes public', () => {
    expect(noteVisible(null, '007', 'accepted')).toBe(true)
    expect(noteVisible(null, '007', 'none')).toBe(true)
  })
  it('groups readers who see the same notes, so a cached body fits everyone in its group', () => {
    expect(noteAudience(null)).toBe('public')
    expect(noteAudience({ role: 'viewer', unit: null })).toBe('public')
    expect(noteAudience(district('007'))).toBe('unit:007')
    expect(noteAudience({ role: 'city', unit: null })).toBe('all')
    expect(noteAudience({ role: 'admin', unit: null })).toBe('all')
  })
})
