import type { Targets } from '@ldld/db/contracts'
import { parseInput } from '../../../lib/figure-text.ts'
import { cellKey, rowUnits, storedTarget, textsOf, type KindOf, type Texts } from './grid.ts'

export interface GridState {
  /** The grid as the server last sent it; a save sends its report versions. */
  base: Targets
  texts: Texts
}

export type GridAction =
  | { type: 'edit'; key: string; text: string }
  | { type: 'fill'; texts: Texts }
  | { type: 'reset'; targets: Targets }
  | { type: 'rebase'; targets: Targets }

/** Whether a cell's text says something other than what `targets` stores. */
export function cellChanged(
  targets: Targets,
  texts: Texts,
  unit: string,
  indicator: string,
  kindOf: KindOf,
): boolean {
  const parsed = parseInput(texts[cellKey(unit, indicator)] ?? '', kindOf(indicator))
  return !parsed.ok || parsed.value !== storedTarget(targets, unit, indicator)
}

export function gridReducer(kindOf: KindOf) {
  return (state: GridState, action: GridAction): GridState => {
    switch (action.type) {
      case 'edit':
        return state.texts[action.key] === action.text
          ? state
          : { ...state, texts: { ...state.texts, [action.key]: action.text } }
      case 'fill':
        return { ...state, texts: action.texts }
      case 'reset':
        return { base: action.targets, texts: textsOf(action.targets, kindOf) }
      case 'rebase': {
        // Keep the cells this user changed; take everything else from the newer grid.
        const texts = textsOf(action.targets, kindOf)
        for (const unit of rowUnits(action.targets))
          for (const indicator of action.targets.indicators) {
            const key = cellKey(unit, indicator)
            if (key in state.texts && cellChanged(state.base, state.texts, unit, indicator, kindOf))
              texts[key] = state.texts[key] ?? ''
          }
        return { base: action.targets, texts }
      }
    }
  }
}
