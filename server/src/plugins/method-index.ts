// Which methods each API path answers, so a wrong method gets 405 with `Allow` instead of a 404 that
// says the path does not exist. Fastify answers 404 for both (its router has no 405).

const METHOD_ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

/** `/api/organisations/:code/years/:year` → a regex for concrete paths; wildcards are left out. */
function compile(url: string): RegExp | undefined {
  if (url.includes('*')) return undefined
  const source = url
    .split('/')
    .map((part) => (part.startsWith(':') ? '[^/]+' : part.replace(/[.+?^${}()|[\]\\]/g, '\\$&')))
    .join('/')
  return new RegExp(`^${source}$`)
}

export function createMethodIndex() {
  const routes: Array<{ pattern: RegExp; methods: string[] }> = []
  return {
    add(method: string | string[], url: string): void {
      const pattern = url.startsWith('/api/') ? compile(url) : undefined
      if (pattern) routes.push({ pattern, methods: [method].flat() })
    },
    /** The methods registered for a path, in a stable order; empty when no route matches it. */
    allowed(path: string): string[] {
      const found = new Set(routes.filter((r) => r.pattern.test(path)).flatMap((r) => r.methods))
      return METHOD_ORDER.filter((m) => found.has(m))
    },
  }
}
