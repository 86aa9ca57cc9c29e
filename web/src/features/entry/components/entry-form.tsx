import { useMemo, useState } from 'react'
import type { Indicator, Report } from '@ldld/db/contracts'
import { useDraftBackup } from '../hooks/use-draft-backup.ts'
import { useEntryActions } from '../hooks/use-entry-actions.ts'
import { useEntryForm } from '../hooks/use-entry-form.ts'
import { useSaveShortcut } from '../hooks/use-save-shortcut.ts'
import { enterMovesOn } from '../model/keyboard.ts'
import { ActionBar } from './action-bar.tsx'
import { ConflictPanel } from './conflict-panel.tsx'
import { EntryRows } from './entry-rows.tsx'
import { IssuesPanel } from './issues-panel.tsx'
import { RestorePrompt } from './restore-prompt.tsx'
import { ReviewBar } from './review-bar.tsx'
import { ReadOnlyLine, StatusBanner } from './status-banner.tsx'
import { ValueHistoryDialog } from './value-history-dialog.tsx'

interface EntryFormProps {
  report: Report
  indicators: readonly Indicator[]
}

/** One unit's figures for one year: type, check, save, submit; the city reviews on the same screen. */
export function EntryForm({ report, indicators }: EntryFormProps) {
  const catalogue = useMemo(() => new Map(indicators.map((i) => [i.key, i])), [indicators])
  const form = useEntryForm(report, catalogue)
  const actions = useEntryActions(form)
  const backup = useDraftBackup(form)
  const [historyOf, setHistoryOf] = useState<string | null>(null)
  const { base, drafts } = form.state
  const { can } = base
  const canSave = can.editActual || can.editTarget
  useSaveShortcut(() => {
    if (canSave) actions.saveDraft()
  })
  const historyRow = historyOf ? form.rows.get(historyOf) : undefined
  return (
    <>
      <StatusBanner report={base} />
      <ReadOnlyLine report={base} />
      {backup.offer && (
        <RestorePrompt savedAt={backup.offer.savedAt} onRestore={backup.restore} onDiscard={backup.discard} />
      )}
      {actions.conflict && (
        <ConflictPanel
          base={base}
          current={actions.conflict}
          drafts={drafts}
          rows={form.rows}
          onKeepMine={actions.keepMine}
          onTakeTheirs={actions.takeTheirs}
        />
      )}
      <ReviewBar
        can={can}
        dirty={form.dirty}
        busy={actions.busy}
        onAccept={() => void actions.accept()}
        onReturn={(r) => void actions.giveBack(r)}
        onUnlock={(r) => void actions.unlock(r)}
      />
      <IssuesPanel errors={form.errors} warnings={form.warnings} rows={form.rows} attempt={actions.attempt} />
      <form
        className="entry-form"
        aria-label={`Số liệu năm ${base.year}`}
        noValidate
        onSubmit={(event) => {
          event.preventDefault()
          actions.saveDraft()
        }}
        onKeyDown={(event) => enterMovesOn(event, actions.saveDraft)}
      >
        <EntryRows form={form} onHistory={setHistoryOf} />
        <ActionBar
          canSave={canSave}
          canSubmit={can.submit}
          dirty={form.dirty}
          busy={actions.busy}
          errorCount={form.errors.length}
          unexplained={form.warnings.filter((w) => !w.explained)}
          illustrative={form.pending.map((v) => v.indicator)}
          year={base.year}
          rows={form.rows}
          notice={actions.notice}
          onSubmit={() => void actions.submit()}
        />
      </form>
      {historyRow && (
        <ValueHistoryDialog
          unit={base.unit}
          year={base.year}
          indicator={historyRow}
          rows={form.rows}
          onClose={() => setHistoryOf(null)}
        />
      )}
    </>
  )
}
