// The two ways out of a save that met someone else's newer version (reports and the target grid):
// keep what I typed on top of the newer version, or take the newer version as it is.

interface ConflictActionsProps {
  onKeepMine: () => void
  onTakeTheirs: () => void
  /** False when the newer version no longer lets this person save (sent or accepted meanwhile). */
  canKeep?: boolean
}

export function ConflictActions({ onKeepMine, onTakeTheirs, canKeep = true }: ConflictActionsProps) {
  return (
    <div className="form__actions">
      {canKeep && (
        <button type="button" className="button" onClick={onKeepMine}>
          Giữ bản của tôi và lưu lại
        </button>
      )}
      <button type="button" className="button button--secondary" onClick={onTakeTheirs}>
        Lấy bản hiện tại
      </button>
    </div>
  )
}
