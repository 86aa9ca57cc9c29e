import { queryOptions, useQuery } from '@tanstack/react-query'
import { apiGet } from '../lib/api-client.ts'
import { assetPaths } from '../lib/paths.ts'
import { districtBoundariesSchema } from '../lib/geo-schema.ts'

/**
 * The district boundaries, a static file shipped with the app (not an API resource, hence its key
 * lives here). They never change while the app runs: fetched once, kept for the whole session.
 */
export const boundariesQuery = () =>
  queryOptions({
    queryKey: ['geo', 'hanoi-districts-2020'] as const,
    queryFn: ({ signal }) => apiGet(assetPaths.districtBoundaries, districtBoundariesSchema, signal),
    staleTime: Infinity,
    gcTime: Infinity,
    refetchOnWindowFocus: false,
    refetchOnReconnect: false,
  })

/** `enabled` false: a page whose year has no unit with boundaries does not fetch them. */
export function useBoundaries(enabled = true) {
  return useQuery({ ...boundariesQuery(), enabled })
}
