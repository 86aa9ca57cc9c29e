import { renderHook, waitFor } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { buildDeck } from '../deck/build-deck.ts'
import { deckData, twoDistricts } from '../deck/deck-fixtures.ts'
import { boundedCodes, useBuiltDeck } from './use-built-deck.ts'

describe('useBuiltDeck', () => {
  it('gives nothing until every slide is built, then the slides buildDeck builds, in its order', async () => {
    const { result } = renderHook(() => useBuiltDeck(deckData, twoDistricts))
    expect(result.current).toBeNull()
    await waitFor(() => expect(result.current).not.toBeNull())
    const whole = buildDeck(deckData, boundedCodes(twoDistricts))
    expect(whole.length).toBeGreaterThan(4)
    expect(result.current).toEqual(whole)
  })

  it('waits for its answers and builds again for new ones', async () => {
    const { result, rerender } = renderHook(({ data }) => useBuiltDeck(data, twoDistricts), {
      initialProps: { data: null as typeof deckData | null },
    })
    expect(result.current).toBeNull()
    rerender({ data: deckData })
    await waitFor(() => expect(result.current).not.toBeNull())
    const other = { ...deckData, basis: 'accepted' as const }
    rerender({ data: other })
    // The slides of the old answers are not shown for the new ones while they are built.
    expect(result.current).toBeNull()
    await waitFor(() => expect(result.current).toEqual(buildDeck(other, boundedCodes(twoDistricts))))
  })
})
