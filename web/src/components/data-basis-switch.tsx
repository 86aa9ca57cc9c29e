import { DATA_BASES, DATA_BASIS_LABELS, type DataBasis } from '@ldld/db/contracts'

interface DataBasisSwitchProps {
  value: DataBasis
  onChange: (basis: DataBasis) => void
}

/**
 * "Số liệu mới nhất" / "Chỉ số liệu đã duyệt": two radio buttons (one choice, both visible, keyboard
 * and screen readers for free). The choice lives in the URL (?data=accepted).
 */
export function DataBasisSwitch({ value, onChange }: DataBasisSwitchProps) {
  return (
    <fieldset className="basis-switch">
      <legend>Số liệu</legend>
      <div className="basis-switch__options">
        {DATA_BASES.map((basis) => (
          <label key={basis} className="basis-switch__option">
            <input
              type="radio"
              name="data-basis"
              value={basis}
              checked={value === basis}
              onChange={() => onChange(basis)}
            />
            {DATA_BASIS_LABELS[basis]}
          </label>
        ))}
      </div>
    </fieldset>
  )
}
