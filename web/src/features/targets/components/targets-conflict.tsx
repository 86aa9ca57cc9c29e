import type { Indicator, Targets } from '@ldld/db/contracts'
import { formatAmount } from '@ldld/db/format'
import { ConflictActions } from '../../../components/conflict-actions.tsx'
import { changedCells } from '../model/conflict.ts'
import { CITY, type KindOf, type Texts } from '../model/grid.ts'

interface TargetsConflictProps {
  base: Targets
  current: Targets
  texts: Texts
  kindOf: KindOf
  catalogue: ReadonlyMap<string, Indicator>
  onKeepMine: () => void
  onTakeTheirs: () => void
}

/** 409 on the grid: which cells someone else changed meanwhile; the user decides, nothing is overwritten. */
export function TargetsConflict({
  base,
  current,
  texts,
  kindOf,
  catalogue,
  onKeepMine,
  onTakeTheirs,
}: TargetsConflictProps) {
  const cells = changedCells(base, current, texts, kindOf)
  const unitName = (code: string) =>
    code === CITY ? 'Chỉ tiêu thành phố' : (current.units.find((u) => u.code === code)?.name ?? code)
  const text = (v: number | null, key: string) => (v === null ? '(trống)' : formatAmount(v, kindOf(key)))
  return (
    <section className="conflict" role="alert" aria-labelledby="targets-conflict-title">
      <h2 id="targets-conflict-title">Bảng chỉ tiêu vừa được người khác thay đổi</h2>
      <p>
        Chỉ tiêu của bạn chưa được lưu.{' '}
        {cells.length > 0 ? 'Các ô đã thay đổi:' : 'Trạng thái báo cáo của một số đơn vị đã thay đổi.'}
      </p>
      {cells.length > 0 && (
        <ul>
          {cells.map((c) => (
            <li key={`${c.unit}-${c.indicator}`}>
              {unitName(c.unit)} — {catalogue.get(c.indicator)?.shortNameVi ?? c.indicator}:{' '}
              {text(c.before, c.indicator)} → <strong>{text(c.now, c.indicator)}</strong>
              {c.mine !== null && <span className="conflict__mark"> (bạn nhập {c.mine || '(trống)'})</span>}
            </li>
          ))}
        </ul>
      )}
      <ConflictActions onKeepMine={onKeepMine} onTakeTheirs={onTakeTheirs} />
    </section>
  )
}
