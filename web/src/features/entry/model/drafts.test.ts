import { describe, expect, it } from 'vitest'
import { report, reportValue } from '../../../test/write-fixtures.ts'
import { changesOf, draftsOf, isDirty } from './drafts.ts'
import { clearDrafts, readDraft, writeDraft } from './draft-storage.ts'
import { formReducer, initForm } from './form-state.ts'

describe('entry drafts', () => {
  it('sends only the fields this user changed and may edit', () => {
    const base = report()
    const drafts = draftsOf(base)
    expect(isDirty(base, { ...drafts, new_members: { actual: '2352', target: '9.999', note: ' ' } })).toBe(
      false,
    )
    const edited = { ...drafts, new_members: { actual: '2.400', target: '9.999', note: 'Chốt 30/11' } }
    expect(changesOf(base, edited)).toEqual([{ indicator: 'new_members', actual: 2400, note: 'Chốt 30/11' }])
  })

  it('rebases onto a newer report keeping only what this user changed', () => {
    const state = formReducer(initForm(report()), {
      type: 'edit',
      indicator: 'new_members',
      field: 'actual',
      text: '2.500',
    })
    const newer = report({
      version: 4,
      values: [
        reportValue({ indicator: 'new_members', actual: 2400, target: 1330, previousActual: 2100 }),
        reportValue({ indicator: 'welfare_spending', unitKind: 'money', actual: 1_250_300_000 }),
      ],
    })
    const next = formReducer(state, { type: 'rebase', report: newer })
    expect(next.base.version).toBe(4)
    expect(next.drafts.new_members?.actual).toBe('2.500')
    expect(next.drafts.welfare_spending?.actual).toBe('1 tỷ 250,3 triệu')
  })

  it('keeps a local draft per unit, year and version', () => {
    writeDraft('007', 2021, 3, { new_members: { actual: '2.500', target: '', note: '' } })
    expect(readDraft('007', 2021, 3)?.drafts.new_members?.actual).toBe('2.500')
    expect(readDraft('007', 2021, 4)).toBeNull()
    clearDrafts('007', 2021)
    expect(readDraft('007', 2021, 3)).toBeNull()
  })
})
