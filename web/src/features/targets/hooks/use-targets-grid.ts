import { useMemo, useReducer, useState } from 'react'
import type { Indicator, Targets, UnitKind } from '@ldld/db/contracts'
import { changesOf, problemsOf, textsOf, type KindOf } from '../model/grid.ts'
import { gridReducer, type GridState } from '../model/grid-state.ts'

export function kindOfFrom(indicators: readonly Indicator[]): KindOf {
  const kinds = new Map<string, UnitKind>(indicators.map((i) => [i.key, i.unitKind]))
  return (key) => kinds.get(key) ?? 'count'
}

/** The grid's state and what follows from it: changed cells, unreadable cells. */
export function useTargetsGrid(targets: Targets, kindOf: KindOf) {
  const reducer = useMemo(() => gridReducer(kindOf), [kindOf])
  const [state, dispatch] = useReducer(reducer, targets, (t): GridState => ({
    base: t,
    texts: textsOf(t, kindOf),
  }))
  const changes = useMemo(() => changesOf(state.base, state.texts, kindOf), [state, kindOf])
  const problems = useMemo(() => problemsOf(state.base, state.texts, kindOf), [state, kindOf])
  const dirty = changes.length > 0 || problems.size > 0
  const [seen, setSeen] = useState(targets)
  if (targets !== seen) {
    setSeen(targets)
    if (!dirty) dispatch({ type: 'reset', targets }) // a clean grid follows the server
  }
  return { state, dispatch, changes, problems, dirty }
}

export type TargetsGrid = ReturnType<typeof useTargetsGrid>
