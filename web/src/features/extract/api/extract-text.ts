import { useMutation } from '@tanstack/react-query'
import { extractResponseSchema, type ExtractBody } from '@ldld/db/contracts'
import { apiSend } from '../../../lib/api-client.ts'
import { apiPaths } from '../../../lib/paths.ts'

/** POST the text; the answer is proposals only (the server writes nothing). */
export function useExtract() {
  return useMutation({
    mutationFn: (body: ExtractBody) => apiSend('POST', apiPaths.extract, body, extractResponseSchema),
  })
}
