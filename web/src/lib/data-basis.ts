// Which figures a page reads, kept in the URL (?data=accepted) so a shared link, the deck and the
// print report show exactly what the leader chose. The latest figures are the default.
import { useSearchParams } from 'react-router'
import { dataBasisSchema, type DataBasis } from '@ldld/db/contracts'

/** `?data=` as a basis: anything but "accepted" reads the latest figures (today's behaviour). */
export function parseDataBasis(raw: string | null): DataBasis {
  const parsed = dataBasisSchema.safeParse(raw)
  return parsed.success ? parsed.data : 'latest'
}

export function useDataBasis(): [DataBasis, (basis: DataBasis) => void] {
  const [params, setParams] = useSearchParams()
  const setBasis = (basis: DataBasis) =>
    setParams(
      (prev) => {
        const next = new URLSearchParams(prev)
        if (basis === 'accepted') next.set('data', basis)
        else next.delete('data')
        return next
      },
      { replace: true },
    )
  return [parseDataBasis(params.get('data')), setBasis]
}
