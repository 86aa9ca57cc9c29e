import { describe, expect, it } from 'vitest'
import { memoByRevision } from './data-revision.ts'

describe('memoByRevision', () => {
  it('reads once per revision and again when the revision moves', () => {
    let revision = '1.0'
    let reads = 0
    const publicRead = memoByRevision(
      () => revision,
      () => ++reads % 2 === 1,
    )
    expect([publicRead(), publicRead(), publicRead()]).toEqual([true, true, true])
    expect(reads).toBe(1)
    revision = '1.1'
    expect(publicRead()).toBe(false)
    expect(reads).toBe(2)
  })
})
