// TRUST_PROXY, with Fastify's `trustProxy` semantics minus `true`: trusting every hop would let any
// client write its own X-Forwarded-For and so pick the address sign-in throttling counts.
import { isIP } from 'node:net'

/** false: no proxy; a number: that many proxies in front; a list: the proxies' addresses or CIDRs. */
export type TrustProxy = false | number | string[]

/** proxy-addr's names for address ranges, accepted by Fastify as they are. */
const RANGE_NAMES = new Set(['loopback', 'linklocal', 'uniquelocal'])

export const TRUST_PROXY_TRUE_MESSAGE =
  'true tin mọi máy gửi X-Forwarded-For, nên ai cũng giả được địa chỉ của mình. Viết số proxy đứng trước ' +
  'ứng dụng (TRUST_PROXY=1 cho một nginx) hoặc địa chỉ của proxy (TRUST_PROXY=127.0.0.1, hoặc 10.0.0.0/8) / ' +
  '"true" trusts every client\'s X-Forwarded-For; write the number of proxies in front (1) or their addresses/CIDRs'

function validAddress(entry: string): boolean {
  if (RANGE_NAMES.has(entry)) return true
  const [address = '', prefix, ...rest] = entry.split('/')
  const family = isIP(address)
  if (family === 0 || rest.length > 0) return false
  if (prefix === undefined) return true
  // A netmask (255.255.255.0) or a prefix length within the family's width.
  if (isIP(prefix) !== 0) return isIP(prefix) === family
  const bits = Number(prefix)
  return /^\d{1,3}$/.test(prefix) && bits <= (family === 4 ? 32 : 128)
}

export type TrustProxyResult = { ok: true; value: TrustProxy } | { ok: false; message: string }

/** Parses the variable's text; blank, `false` and `0` mean no proxy. */
export function parseTrustProxy(raw: string | undefined): TrustProxyResult {
  const text = (raw ?? '').trim()
  if (text === '' || text === 'false' || text === '0') return { ok: true, value: false }
  if (text === 'true') return { ok: false, message: TRUST_PROXY_TRUE_MESSAGE }
  if (/^\d+$/.test(text)) {
    const hops = Number(text)
    return hops <= 10
      ? { ok: true, value: hops }
      : { ok: false, message: 'số proxy phải từ 1 đến 10 / the hop count must be from 1 to 10' }
  }
  const entries = text
    .split(',')
    .map((e) => e.trim())
    .filter((e) => e !== '')
  const wrong = entries.filter((e) => !validAddress(e))
  if (wrong.length > 0) {
    return {
      ok: false,
      message:
        `không phải địa chỉ IP hay dải CIDR: ${wrong.join(', ')} (ví dụ 127.0.0.1, 10.0.0.0/8, ::1) / ` +
        'not an IP address or CIDR range',
    }
  }
  return { ok: true, value: entries }
}

/** How the proxy setting reads in the start-up log. */
export function describeTrustProxy(value: TrustProxy): string {
  if (value === false) return 'không qua proxy'
  if (typeof value === 'number') return `tin ${value} proxy đứng trước`
  return `tin proxy ${value.join(', ')}`
}

/**
 * Fastify's option. A hop count becomes the classic rule "the n nearest hops are proxies" as a
 * function: Fastify 5.12 takes a bare number as "trust nothing", since a client that reaches the
 * port directly could then fake its address (startupWarnings says so when HOST is not loopback).
 */
export function fastifyTrustProxy(
  value: TrustProxy,
): false | string[] | ((address: string, hop: number) => boolean) {
  if (typeof value !== 'number') return value
  return (_address, hop) => hop < value
}
