// Shared by every upload (the unit list, figure imports). An .xlsx is a zip. Before a spreadsheet library inflates it whole in memory, every entry is
// inflated here as a stream and counted, so a "zip bomb" (a small file that inflates to gigabytes)
// is refused after at most MAX_INFLATED bytes. yauzl also refuses an entry that inflates past the
// size its header declares, so a lying header cannot slip through.
import yauzl from 'yauzl'

/** A real unit list of thousands of rows inflates to a few MB; anything past this is not one. */
export const MAX_INFLATED = 20 * 1024 * 1024
const MAX_ENTRIES = 1000

export type ZipVerdict = 'ok' | 'not_zip' | 'too_large' | 'not_xlsx'

/** `maxInflated`: what the whole archive may inflate to (a unit list: MAX_INFLATED). */
export async function checkZip(buffer: Buffer, maxInflated = MAX_INFLATED): Promise<ZipVerdict> {
  let zip: yauzl.ZipFile
  try {
    zip = await yauzl.fromBufferPromise(buffer, { lazyEntries: true, validateEntrySizes: true })
  } catch {
    return 'not_zip'
  }
  let inflated = 0
  let entries = 0
  let workbook = false
  try {
    for await (const entry of zip.eachEntry()) {
      entries += 1
      if (entries > MAX_ENTRIES) return 'too_large'
      if (entry.fileName === 'xl/workbook.xml') workbook = true
      // Declared sizes first (cheap), then the real bytes.
      if (inflated + entry.uncompressedSize > maxInflated) return 'too_large'
      if (entry.fileName.endsWith('/')) continue
      const stream = await zip.openReadStreamPromise(entry)
      for await (const chunk of stream as AsyncIterable<Buffer>) {
        inflated += chunk.length
        if (inflated > maxInflated) {
          stream.destroy()
          return 'too_large'
        }
      }
    }
  } catch {
    return 'not_zip'
  } finally {
    zip.close()
  }
  return workbook ? 'ok' : 'not_xlsx'
}
