import { useMemo, useState } from 'react'
import type { Indicator, Targets } from '@ldld/db/contracts'
import { formatChange } from '@ldld/db/format'
import { ErrorSummary } from '../../../components/form/error-summary.tsx'
import { IllustrativeMark } from '../../../components/illustrative.tsx'
import { NoticeLine } from '../../../components/notice-line.tsx'
import { UnitListTools } from '../../../components/unit-list-tools.tsx'
import { useStableCallback } from '../../../lib/use-stable-callback.ts'
import { filterUnits, periodGroups, type ReportStage, type UnitFilter } from '../../../lib/unit-rows.ts'
import { kindOfFrom, useTargetsGrid } from '../hooks/use-targets-grid.ts'
import { useTargetsSave } from '../hooks/use-targets-save.ts'
import { copyWithUplift, pasteInto } from '../model/fill.ts'
import { CITY, storedIllustrative } from '../model/grid.ts'
import { gridRows, pasteOrder } from '../model/rows.ts'
import { MH_NOTE_ID } from './target-cell.tsx'
import { PasteColumnDialog } from './paste-column-dialog.tsx'
import { StageSelect } from './stage-select.tsx'
import { TargetsConflict } from './targets-conflict.tsx'
import { TargetsTable, cellId } from './targets-table.tsx'
import { UpliftForm } from './uplift-form.tsx'

/** The city's grid for a year: find, filter, order; type or paste; copy last year with an uplift; save. */
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
  const [filter, setFilter] = useState<UnitFilter>({ query: '', stage: null, sort: 'list' })
  const [pasting, setPasting] = useState(false)
  const { base, texts } = grid.state
  const all = useMemo(() => gridRows(base), [base])
  // The rows as shown: filtered, ordered, then grouped by period (2025), which is also the paste order.
  const shown = periodGroups(filterUnits(all, filter), (r) => r.unit, base.year).flatMap((g) => g.rows)
  const counts = new Map<ReportStage, number>()
  for (const r of all) counts.set(r.stage, (counts.get(r.stage) ?? 0) + 1)
  const labelOf = (code: string) =>
    code === CITY ? 'Chỉ tiêu thành phố' : (all.find((r) => r.unit.code === code)?.label ?? code)
  const summary = [...grid.problems].map(([key, message]) => {
    const [unit = '', indicator = ''] = key.split('|')
    return {
      fieldId: cellId(unit, indicator),
      message: `${labelOf(unit)} — ${catalogue.get(indicator)?.shortNameVi ?? indicator}: ${message}`,
    }
  })
  const onPaste = useStableCallback((unit: string, indicator: string, text: string) => {
    const result = pasteInto(base, texts, pasteOrder(shown), unit, indicator, text, kindOf)
    grid.dispatch({ type: 'fill', texts: result.texts })
    const skipped = result.skipped > 0 ? ` (bỏ qua ${result.skipped} ô thừa hoặc đã khóa)` : ''
    setFilled(`Đã dán ${result.filled} ô, bắt đầu từ ${labelOf(unit)}${skipped}.`)
  })
  const onEdit = useStableCallback((key: string, text: string) => grid.dispatch({ type: 'edit', key, text }))
  const onCopy = (percent: number) => {
    const result = copyWithUplift(base, texts, percent, kindOf)
    grid.dispatch({ type: 'fill', texts: result.texts })
    setFilled(`Đã điền ${result.filled} ô từ chỉ tiêu năm ${base.year - 1} (${formatChange(percent)}).`)
  }
  const anyIllustrative = all.some((r) =>
    base.indicators.some((i) => storedIllustrative(base, r.unit.code, i)),
  )
  return (
    <>
      <UpliftForm
        previousYear={base.year - 1}
        defaultOpen={base.cells.every((c) => c.target === null)}
        disabled={actions.busy}
        onCopy={onCopy}
      />
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
      <UnitListTools
        id="targets"
        query={filter.query}
        sort={filter.sort}
        onQuery={(query) => setFilter({ ...filter, query })}
        onSort={(sort) => setFilter({ ...filter, sort })}
        shown={shown.length}
        total={all.length}
      >
        <StageSelect
          id="targets-stage"
          value={filter.stage}
          counts={counts}
          total={all.length}
          onChange={(stage) => setFilter({ ...filter, stage })}
        />
        <button type="button" className="button button--secondary" onClick={() => setPasting(true)}>
          Dán cả cột…
        </button>
      </UnitListTools>
      <p className="note">
        Mẹo: chọn một ô rồi dán cả cột chép từ bảng tính (điền xuống theo thứ tự đang hiện); Enter xuống ô
        dưới.
        {anyIllustrative && (
          <span id={MH_NOTE_ID}>
            {' '}
            <IllustrativeMark /> dữ liệu minh họa: chỉ tiêu minh họa, chưa ai nhập số thật thay.
          </span>
        )}
      </p>
      <TargetsTable
        targets={base}
        rows={shown}
        texts={texts}
        problems={grid.problems}
        catalogue={catalogue}
        kindOf={kindOf}
        onEdit={onEdit}
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
      {pasting && (
        <PasteColumnDialog
          targets={base}
          texts={texts}
          rows={shown.filter((r) => r.takesTargets)}
          catalogue={catalogue}
          kindOf={kindOf}
          onApply={(next, text) => {
            grid.dispatch({ type: 'fill', texts: next })
            setFilled(text)
            setPasting(false)
          }}
          onClose={() => setPasting(false)}
        />
      )}
    </>
  )
}
