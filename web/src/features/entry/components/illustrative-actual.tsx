import { ILLUSTRATIVE_LABEL } from '@ldld/db/contracts'
import { IllustrativeMark } from '../../../components/illustrative.tsx'

interface IllustrativeActualProps {
  id: string
  /** The user may confirm (the unit's officer while the report is open). */
  canConfirm: boolean
  confirmed: boolean
  onConfirm: (confirm: boolean) => void
}

/**
 * Under an actual that is invented demo data: the "mh" mark as on the dashboard, and "Xác nhận" to
 * state that this number is the unit's real figure; typing a new number replaces it instead.
 */
export function IllustrativeActual({ id, canConfirm, confirmed, onConfirm }: IllustrativeActualProps) {
  if (confirmed) {
    return (
      <p id={id} className="entry-illustrative entry-illustrative--confirmed">
        <span aria-hidden="true">✓ </span>
        Sẽ xác nhận là số liệu thật khi lưu.{' '}
        <button
          type="button"
          className="button button--small button--secondary"
          onClick={() => onConfirm(false)}
        >
          Bỏ xác nhận
        </button>
      </p>
    )
  }
  return (
    <p id={id} className="entry-illustrative">
      <IllustrativeMark />
      <span className="entry-illustrative__text">
        Số này là {ILLUSTRATIVE_LABEL}
        {canConfirm ? ': xác nhận nếu đúng là số của đơn vị, hoặc nhập số thật thay vào.' : '.'}
      </span>
      {canConfirm && (
        <button type="button" className="button button--small" onClick={() => onConfirm(true)}>
          Xác nhận
        </button>
      )}
    </p>
  )
}
