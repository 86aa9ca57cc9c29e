// Typed fixtures of the write side, built from the contracts: a report of Hai Bà Trưng 2021 with
// the real figures of domain.md §5 (2.352/1.330 đoàn viên; welfare 1 tỷ 250,3 triệu đồng).
import type { Me, Report, ReportValue, Targets } from '@ldld/db/contracts'
import { baDinh, haiBaTrung } from './fixtures.ts'

export function reportValue(over: Partial<ReportValue> & Pick<ReportValue, 'indicator'>): ReportValue {
  return {
    unitKind: 'count',
    actual: null,
    actualQualifier: 'exact',
    target: null,
    note: null,
    previousActual: null,
    previousQualifier: 'exact',
    previousIllustrative: false,
    illustrative: false,
    targetIllustrative: false,
    targetDerived: false,
    statedPercent: null,
    quote: null,
    source: null,
    updatedAt: null,
    updatedBy: null,
    ...over,
  }
}

export const DISTRICT_CAN: Report['can'] = {
  editActual: true,
  editTarget: false,
  submit: true,
  accept: false,
  return: false,
  unlock: false,
}

export function report(over: Partial<Report> = {}): Report {
  return {
    unit: '007',
    unitName: 'Hai Bà Trưng',
    year: 2021,
    version: 3,
    status: 'draft',
    reason: null,
    updatedAt: '2021-12-20T03:00:00.000Z',
    values: [
      reportValue({ indicator: 'new_members', actual: 2352, target: 1330, previousActual: 2100 }),
      reportValue({
        indicator: 'welfare_spending',
        unitKind: 'money',
        actual: null,
        previousActual: 1_100_000_000,
      }),
    ],
    issues: [],
    readOnly: null,
    can: DISTRICT_CAN,
    ...over,
  }
}

export const signedInDistrict: Me = {
  user: {
    username: 'd007',
    displayName: 'Cán bộ LĐLĐ quận Hai Bà Trưng',
    role: 'district',
    unit: '007',
    mustChangePassword: false,
  },
  csrfToken: 'csrf-test',
  publicRead: true,
}

export function targets(over: Partial<Targets> = {}): Targets {
  return {
    year: 2022,
    indicators: ['new_members'],
    units: [baDinh, haiBaTrung],
    reports: {
      '001': { version: 1, status: 'draft', started: true },
      '007': { version: 4, status: 'draft', started: true },
      '01': { version: 0, status: 'draft', started: false },
    },
    cells: [
      { unit: '001', indicator: 'new_members', target: null, illustrative: false, previousTarget: 2500 },
      { unit: '007', indicator: 'new_members', target: null, illustrative: false, previousTarget: 1330 },
    ],
    city: [{ indicator: 'new_members', target: 4000, illustrative: false }],
    ...over,
  }
}

/** A fetch stub answering by method and path; every call is recorded for assertions. */
export function stubFetch(
  answer: (method: string, path: string, body: unknown) => [number, unknown, Record<string, string>?],
) {
  const calls: { method: string; path: string; body: unknown; headers: Record<string, string> }[] = []
  const fetchStub = (path: string, init: RequestInit = {}) => {
    const method = init.method ?? 'GET'
    const body: unknown = typeof init.body === 'string' ? JSON.parse(init.body) : undefined
    calls.push({ method, path, body, headers: (init.headers ?? {}) as Record<string, string> })
    const [status, payload, headers = {}] = answer(method, path, body)
    return Promise.resolve(
      new Response(status === 204 ? null : JSON.stringify(payload), {
        status,
        headers: { 'content-type': 'application/json', ...headers },
      }),
    )
  }
  return { fetchStub, calls }
}
