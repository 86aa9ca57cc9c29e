/** Round an axis end up to 1, 2, 2.5 or 5 × 10^k, so ticks read "500 · 1.000 · 1.500" not "2.352". */
export function niceMax(value: number): number {
  if (value <= 0) return 1
  const magnitude = 10 ** Math.floor(Math.log10(value))
  const step = [1, 2, 2.5, 5, 10].find((m) => m * magnitude >= value) ?? 10
  return step * magnitude
}
