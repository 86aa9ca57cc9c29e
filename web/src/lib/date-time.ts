// Times as Hanoi reads them, whatever the browser's zone: "22/11/2026 17:56".
// Written by hand, not with Intl.DateTimeFormat: building an ICU formatter took ~100–140 ms of a
// slow phone's first seconds on the entry form (issue 10 item 7). Hà Nội keeps UTC+7 all year and
// has had no summer time since 1975; an older instant (never a figure's) goes through ICU.
// `date-time.test.ts` holds this to Intl's 'Asia/Ho_Chi_Minh' on instants across 1976–2100.

const HANOI_OFFSET_MS = 7 * 60 * 60 * 1000
/** 1976-01-01T00:00:00+07:00: from here on Asia/Ho_Chi_Minh is UTC+7 without exception. */
const FIXED_OFFSET_FROM = Date.UTC(1975, 11, 31, 17)

const two = (n: number) => (n < 10 ? `0${n}` : String(n))

let parts: Intl.DateTimeFormat | undefined
function byIcu(date: Date): string {
  parts ??= new Intl.DateTimeFormat('vi-VN', {
    timeZone: 'Asia/Ho_Chi_Minh',
    day: '2-digit',
    month: '2-digit',
    year: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  })
  const all = parts.formatToParts(date)
  const get = (type: Intl.DateTimeFormatPartTypes) => all.find((p) => p.type === type)?.value ?? ''
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  const time = date.getTime()
  if (Number.isNaN(time)) return iso
  if (time < FIXED_OFFSET_FROM) return byIcu(date)
  const local = new Date(time + HANOI_OFFSET_MS)
  const year = local.getUTCFullYear()
  if (year > 9999) return byIcu(date)
  const day = `${two(local.getUTCDate())}/${two(local.getUTCMonth() + 1)}/${year}`
  return `${day} ${two(local.getUTCHours())}:${two(local.getUTCMinutes())}`
}

/** "17:56" for "saved at" messages. */
export function formatTime(date: Date): string {
  return formatDateTime(date.toISOString()).slice(-5)
}
