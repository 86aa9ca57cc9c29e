import { useMutation, useQueryClient } from '@tanstack/react-query'
import { targetsResponseSchema, type SaveTargetsBody } from '@ldld/db/contracts'
import { apiSend } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { queryKeys } from '../../../lib/query-keys.ts'

const DEPENDENT = new Set(['report', 'reports', 'dashboard', 'series', 'ranking'])

/** PUT the changed cells with the report versions they were read at (409 if any unit moved on). */
export function useSaveTargets(year: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: SaveTargetsBody) =>
      apiSend('PUT', apiPaths.targets(year), body, targetsResponseSchema),
    onSuccess: async (targets) => {
      client.setQueryData(queryKeys.targets(year), targets)
      await client.invalidateQueries({ predicate: (query) => DEPENDENT.has(String(query.queryKey[0])) })
    },
  })
}
