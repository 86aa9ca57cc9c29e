import { useState } from 'react'
import type { Proposal } from '@ldld/db/contracts'
import { useIndicators } from '../../../api/get-indicators.ts'
import { useOrganisations } from '../../../api/get-organisations.ts'
import { useYears } from '../../../api/get-years.ts'
import { ErrorState, QueryState } from '../../../components/query-state.tsx'
import { useExtract } from '../api/extract-text.ts'
import { acceptedList, decide, edit, startReview, type Review } from '../model/review.ts'
import { AcceptedPanel } from './accepted-panel.tsx'
import { HighlightedText } from './highlighted-text.tsx'
import { ProposalCard } from './proposal-card.tsx'
import { SourceForm, type Source } from './source-form.tsx'

interface ExtractViewProps {
  /** A district officer's own unit; null for city staff and admins, who choose. */
  ownUnit: string | null
  initialUnit?: string | undefined
  initialYear?: number | undefined
}

interface Result {
  text: string
  proposals: Proposal[]
}

/** "Đọc từ văn bản báo cáo": paste or open a report, review each figure found, list what to save. */
export function ExtractView({ ownUnit, initialUnit, initialYear }: ExtractViewProps) {
  const organisations = useOrganisations()
  const indicators = useIndicators()
  const years = useYears()
  const extract = useExtract()
  const [source, setSource] = useState<Source>({
    text: '',
    unit: ownUnit ?? initialUnit ?? '',
    year: initialYear === undefined ? '' : String(initialYear),
  })
  const [result, setResult] = useState<Result | null>(null)
  const [review, setReview] = useState<Review>({})

  const read = () => {
    const text = source.text.normalize('NFC')
    extract.mutate(
      {
        text,
        ...(source.unit ? { unit: source.unit } : {}),
        ...(source.year ? { year: Number(source.year) } : {}),
      },
      {
        onSuccess: ({ proposals }) => {
          setResult({ text, proposals })
          setReview(startReview(proposals))
        },
      },
    )
  }

  return (
    <QueryState query={organisations}>
      {(units) => (
        <QueryState query={indicators}>
          {(catalogue) => {
            const yearList = years.data?.years ?? []
            const choices = [
              ...new Set([...yearList, ...(yearList.length ? [Math.max(...yearList) + 1] : [])]),
            ].sort((a, b) => b - a)
            return (
              <>
                <SourceForm
                  source={source}
                  onChange={setSource}
                  onSubmit={read}
                  busy={extract.isPending}
                  fixedUnit={ownUnit ? (units.find((u) => u.code === ownUnit) ?? null) : null}
                  units={units}
                  years={choices}
                />
                {extract.error && <ErrorState message={extract.error.message} />}
                {result && (
                  <section className="extract-review" aria-labelledby="extract-found">
                    <h2 id="extract-found">
                      {result.proposals.length === 0
                        ? 'Không tìm thấy số liệu nào của các chỉ tiêu trong văn bản này.'
                        : `Tìm thấy ${result.proposals.length} số liệu`}
                    </h2>
                    <div className="extract-review__columns">
                      <HighlightedText text={result.text} proposals={result.proposals} review={review} />
                      <ol className="proposals">
                        {result.proposals.map((p, i) => {
                          const item = review[p.id]
                          if (!item) return null
                          return (
                            <ProposalCard
                              key={p.id}
                              number={i + 1}
                              proposal={p}
                              item={item}
                              indicators={catalogue}
                              units={units}
                              years={choices}
                              onDecide={(d) => setReview((r) => decide(r, p.id, d))}
                              onEdit={(figure) => setReview((r) => edit(r, p.id, figure))}
                            />
                          )
                        })}
                      </ol>
                    </div>
                    <AcceptedPanel
                      list={acceptedList(result.proposals, review)}
                      indicators={catalogue}
                      units={units}
                    />
                  </section>
                )}
              </>
            )
          }}
        </QueryState>
      )}
    </QueryState>
  )
}
