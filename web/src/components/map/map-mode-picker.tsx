import type { MapMode } from './classes.ts'

const MODES: readonly { mode: MapMode; label: string }[] = [
  { mode: 'status', label: '% đạt chỉ tiêu' },
  { mode: 'value', label: 'Số thực hiện' },
]

/** Radio buttons: arrow keys switch the colouring at once, which is harmless (nothing leaves the page). */
export function MapModePicker({ mode, onChange }: { mode: MapMode; onChange: (mode: MapMode) => void }) {
  return (
    <fieldset className="map-mode">
      <legend>Tô màu theo</legend>
      {MODES.map((option) => (
        <label key={option.mode}>
          <input
            type="radio"
            name="map-mode"
            value={option.mode}
            checked={mode === option.mode}
            onChange={() => onChange(option.mode)}
          />
          {option.label}
        </label>
      ))}
    </fieldset>
  )
}
