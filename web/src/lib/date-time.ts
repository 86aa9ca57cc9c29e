// Times as Hanoi reads them, whatever the browser's zone: "22/11/2026 17:56".
/** Built at first need: an ICU formatter is costly to build while a page starts (issue 10 item 7). */
let parts: Intl.DateTimeFormat | undefined
const partsOptions: Intl.DateTimeFormatOptions = {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
}

export function formatDateTime(iso: string): string {
  const date = new Date(iso)
  if (Number.isNaN(date.getTime())) return iso
  const get = (type: Intl.DateTimeFormatPartTypes) =>
    (parts ??= new Intl.DateTimeFormat('vi-VN', partsOptions))
      .formatToParts(date)
      .find((p) => p.type === type)?.value ?? ''
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`
}

/** "17:56" for "saved at" messages. */
export function formatTime(date: Date): string {
  return formatDateTime(date.toISOString()).slice(-5)
}
