import { useMutation, useQueryClient } from '@tanstack/react-query'
import { targetsResponseSchema, type SaveTargetsBody } from '@ldld/db/contracts'
import { apiSend } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'
import { invalidateAfter } from '../../../lib/invalidation.ts'
import { queryKeys } from '../../../lib/query-keys.ts'

/** PUT the changed cells with the report versions they were read at (409 if any unit moved on). */
export function useSaveTargets(year: number) {
  const client = useQueryClient()
  return useMutation({
    mutationFn: (body: SaveTargetsBody) =>
      apiSend('PUT', apiPaths.targets(year), body, targetsResponseSchema),
    onSuccess: async (targets) => {
      client.setQueryData(queryKeys.targets(year), targets)
      await invalidateAfter(client, 'figures', queryKeys.targets(year))
    },
  })
}
