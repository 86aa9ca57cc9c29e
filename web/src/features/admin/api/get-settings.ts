import { queryOptions, useQuery } from '@tanstack/react-query'
import { z } from 'zod'
import { apiGet } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'

const settingsResponseSchema = z.object({ publicRead: z.boolean() })

export const settingsQuery = () =>
  queryOptions({
    queryKey: queryKeys.settings,
    queryFn: ({ signal }) => apiGet(apiPaths.settings, settingsResponseSchema, signal),
  })

export function useSettings() {
  return useQuery(settingsQuery())
}
