import { ILLUSTRATIVE_LABEL } from '@ldld/db/contracts'

interface IllustrativeActualProps {
  id: string
  /** The user may confirm (the unit's officer while the report is open). */
  canConfirm: boolean
  confirmed: boolean
  onConfirm: (confirm: boolean) => void
}

/**
 * Under an actual that is invented demo data (marked "mh" beside the number, as on the dashboard):
 * "Xác nhận" states that this number is the unit's real figure; typing a new number replaces it.
 */
export function IllustrativeActual({ id, canConfirm, confirmed, onConfirm }: IllustrativeActualProps) {
  if (confirmed) {
    return (
      <p id={id} className="entry-illustrative entry-illustrative--confirmed">
        <span aria-hidden="true">✓ </span>Sẽ xác nhận khi lưu.{' '}
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
  if (!canConfirm) {
    return (
      <p id={id} className="entry-illustrative">
        Số liệu này là {ILLUSTRATIVE_LABEL}, đơn vị chưa xác nhận.
      </p>
    )
  }
  return (
    <p id={id} className="entry-illustrative">
      Số minh họa:{' '}
      <button type="button" className="button button--small" onClick={() => onConfirm(true)}>
        Xác nhận
      </button>{' '}
      hoặc nhập số thật.
    </p>
  )
}
