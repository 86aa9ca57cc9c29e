/**
 * Lets the browser paint and take input before the next piece of a long job (checking a big answer,
 * building a deck): `scheduler.yield()` where there is one, else a new task.
 */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler
  if (typeof scheduler?.yield === 'function') return scheduler.yield()
  return new Promise((resolve) => setTimeout(resolve, 0))
}
