import { useMemo, useState } from 'react'
import type { Indicator, Targets } from '@ldld/db/contracts'
import { ErrorSummary } from '../../../components/form/error-summary.tsx'
import { NoticeLine } from '../../../components/notice-line.tsx'
import { kindOfFrom, useTargetsGrid } from '../hooks/use-targets-grid.ts'
import { useTargetsSave } from '../hooks/use-targets-save.ts'
import { copyWithUplift, pasteInto } from '../model/fill.ts'
import { CITY } from '../model/grid.ts'
import { TargetsConflict } from './targets-conflict.tsx'
import { TargetsTable, cellId } from './targets-table.tsx'
import { UpliftForm } from './uplift-form.tsx'

/** The city's grid for a year: type or paste, copy last year with an uplift, check allocation, save. */
export function TargetsEditor({
  targets,
  indicators,
}: {
  targets: Targets
  indicators: readonly Indicator[]
}) {
  const catalogue = useMemo(() => new Map(indicators.map((i) => [i.key, i])), [indicators])
  const kindOf = useMemo(() => kindOfFrom(indicators), [indicators])
  const grid = useTargetsGrid(targets, kindOf)
  const actions = useTargetsSave(targets.year, grid, kindOf)
  const [filled, setFilled] = useState('')
  const { base, texts } = grid.state
  const unitName = (code: string) =>
    code === CITY ? 'Chỉ tiêu thành phố' : (base.units.find((u) => u.code === code)?.name ?? code)
  const summary = [...grid.problems].map(([key, message]) => {
    const [unit = '', indicator = ''] = key.split('|')
    return {
      fieldId: cellId(unit, indicator),
      message: `${unitName(unit)} — ${catalogue.get(indicator)?.shortNameVi ?? indicator}: ${message}`,
    }
  })
  const onPaste = (unit: string, indicator: string, text: string) => {
    const result = pasteInto(base, texts, unit, indicator, text, kindOf)
    grid.dispatch({ type: 'fill', texts: result.texts })
    const skipped = result.skipped > 0 ? ` (bỏ qua ${result.skipped} ô thừa hoặc đã khóa)` : ''
    setFilled(`Đã dán ${result.filled} ô, bắt đầu từ ${unitName(unit)}${skipped}.`)
  }
  const onCopy = (percent: number) => {
    const result = copyWithUplift(base, texts, percent, kindOf)
    grid.dispatch({ type: 'fill', texts: result.texts })
    setFilled(
      `Đã điền ${result.filled} ô từ chỉ tiêu năm ${base.year - 1} (${percent >= 0 ? '+' : ''}${String(percent).replace('.', ',')}%).`,
    )
  }
  return (
    <>
      <UpliftForm previousYear={base.year - 1} disabled={actions.busy} onCopy={onCopy} />
      {actions.conflict && (
        <TargetsConflict
          base={base}
          current={actions.conflict}
          texts={texts}
          kindOf={kindOf}
          catalogue={catalogue}
          onKeepMine={actions.keepMine}
          onTakeTheirs={actions.takeTheirs}
        />
      )}
      <ErrorSummary items={summary} attempt={actions.attempt} title="Ô chưa đọc được thành số" />
      <p className="sr-only" role="status">
        {filled}
      </p>
      <p className="note">Mẹo: chọn một ô rồi dán cả cột chép từ bảng tính; Enter xuống ô dưới.</p>
      <TargetsTable
        targets={base}
        texts={texts}
        problems={grid.problems}
        catalogue={catalogue}
        kindOf={kindOf}
        onEdit={(key, text) => grid.dispatch({ type: 'edit', key, text })}
        onPaste={onPaste}
      />
      <div className="action-bar">
        <button type="button" className="button" disabled={actions.busy} onClick={actions.save}>
          Lưu chỉ tiêu
        </button>
        <p className={`action-bar__state${grid.dirty ? ' action-bar__state--dirty' : ''}`}>
          {grid.dirty ? `● ${grid.changes.length} ô thay đổi chưa lưu` : 'Không có thay đổi chưa lưu'}
        </p>
        <div className="action-bar__notice">
          <NoticeLine notice={actions.notice} />
        </div>
      </div>
    </>
  )
}
