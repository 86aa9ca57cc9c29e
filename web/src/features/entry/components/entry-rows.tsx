import type { EntryForm } from '../hooks/use-entry-form.ts'
import { EntryRow } from './entry-row.tsx'

/** Every indicator of the year's plan, in the report's order. */
export function EntryRows({ form, onHistory }: { form: EntryForm; onHistory: (indicator: string) => void }) {
  const { base, drafts } = form.state
  return (
    <div className="entry-rows">
      {base.values.map((value) => {
        const indicator = form.rows.get(value.indicator)
        const draft = drafts[value.indicator]
        if (!indicator || !draft) return null
        return (
          <EntryRow
            key={value.indicator}
            year={base.year}
            value={value}
            indicator={indicator}
            draft={draft}
            can={base.can}
            errors={form.errors.filter((e) => e.indicator === value.indicator)}
            warnings={form.warnings.filter((w) => w.indicator === value.indicator)}
            onEdit={(field, text) => form.dispatch({ type: 'edit', indicator: value.indicator, field, text })}
            onConfirm={(confirm) => form.dispatch({ type: 'confirm', indicator: value.indicator, confirm })}
            onQualifier={(qualifier) =>
              form.dispatch({ type: 'qualifier', indicator: value.indicator, qualifier })
            }
            onHistory={() => onHistory(value.indicator)}
          />
        )
      })}
    </div>
  )
}
