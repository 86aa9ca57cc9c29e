import { describe, expect, it } from 'vitest'
import { formatDateTime, formatTime } from './date-time.ts'

/** What the formatter stood for: ICU's Hanoi time, "dd/MM/yyyy HH:mm". */
const icu = new Intl.DateTimeFormat('vi-VN', {
  timeZone: 'Asia/Ho_Chi_Minh',
  day: '2-digit',
  month: '2-digit',
  year: 'numeric',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
})
function byIntl(date: Date): string {
  const parts = icu.formatToParts(date)
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? ''
  return `${get('day')}/${get('month')}/${get('year')} ${get('hour')}:${get('minute')}`
}

describe('formatDateTime', () => {
  it('writes Hanoi time whatever the zone of the instant', () => {
    expect(formatDateTime('2026-11-22T10:56:00.000Z')).toBe('22/11/2026 17:56')
    expect(formatDateTime('2026-11-22T17:56:00+07:00')).toBe('22/11/2026 17:56')
    // Past midnight in Hanoi, still the day before in UTC: the day turns.
    expect(formatDateTime('2026-12-31T17:05:00Z')).toBe('01/01/2027 00:05')
    expect(formatDateTime('2024-02-28T20:00:00Z')).toBe('29/02/2024 03:00')
  })

  it('equals ICU on instants across 1960–2100, minute edges and leap days included', () => {
    let seed = 20261201
    const random = () => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31
      return seed / 2 ** 31
    }
    const from = Date.UTC(1960, 0, 1)
    const to = Date.UTC(2100, 0, 1)
    const instants = [
      Date.UTC(1975, 11, 31, 16, 59),
      Date.UTC(1975, 11, 31, 17, 0),
      Date.UTC(2000, 1, 28, 17, 0),
      Date.UTC(2100, 1, 28, 16, 59, 59, 999),
    ]
    for (let i = 0; i < 20_000; i += 1) instants.push(from + Math.floor(random() * (to - from)))
    for (const t of instants) {
      const date = new Date(t)
      expect(formatDateTime(date.toISOString()), date.toISOString()).toBe(byIntl(date))
    }
  })

  it('gives back what it cannot read', () => {
    expect(formatDateTime('hôm qua')).toBe('hôm qua')
    expect(formatDateTime('')).toBe('')
  })

  it('formatTime is the hour and minute in Hanoi', () => {
    expect(formatTime(new Date('2026-11-22T10:56:30Z'))).toBe('17:56')
  })
})
