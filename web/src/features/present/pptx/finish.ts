// The last pass over the file pptxgenjs wrote: what its options cannot say.
// - Every text run in Vietnamese: pptxgenjs tags masters, notes pages and some runs "en-US".
// - Nothing below 14 pt: its notes master and layouts default to 10–12 pt.
// - A colour per result bar beside a second series (the target), and no value label on the
//   target series, so each row carries one label (chart-slides.ts records what each chart needs).
import JSZip from 'jszip'
import type { ChartPatch } from './chart-slides.ts'
import { LANG } from './palette.ts'
import { MIN_PT } from './frame.ts'

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation'

const MIN_SZ = MIN_PT * 100

function vietnamese(xml: string): string {
  return xml
    .replaceAll(' altLang="en-US"', '')
    .replaceAll('"en-US"', `"${LANG}"`) // a:rPr lang, c:lang val, a:endParaRPr lang…
    .replace(/(<a:(?:rPr|defRPr|endParaRPr)\b[^>]*?\ssz=")(\d+)"/g, (_, head: string, size: string) =>
      Number(size) < MIN_SZ ? `${head}${MIN_SZ}"` : `${head}${size}"`,
    )
}

/** The points of series `index` of a bar chart part: colours per point, labels hidden. */
export function patchChart(xml: string, patch: ChartPatch): string {
  let index = -1
  return xml.replace(/<c:ser>([\s\S]*?)<\/c:ser>/g, (whole, body: string) => {
    index += 1
    let ser = body
    if (index === 0 && patch.pointColours) {
      const points = patch.pointColours
        .map(
          (colour, i) =>
            `<c:dPt><c:idx val="${i}"/><c:invertIfNegative val="0"/><c:bubble3D val="0"/><c:spPr><a:solidFill><a:srgbClr val="${colour}"/></a:solidFill></c:spPr></c:dPt>`,
        )
        .join('')
      // Schema order: … spPr, invertIfNegative, pictureOptions, dPt*, dLbls, … cat, val.
      const at = ser.search(/<c:dLbls>|<c:trendline>|<c:errBars>|<c:cat\b/)
      ser = at < 0 ? ser : `${ser.slice(0, at)}${points}${ser.slice(at)}`
    }
    if (patch.unlabelled.includes(index)) {
      const hidden = '<c:dLbls><c:delete val="1"/></c:dLbls>'
      ser = /<c:dLbls>[\s\S]*?<\/c:dLbls>/.test(ser)
        ? ser.replace(/<c:dLbls>[\s\S]*?<\/c:dLbls>/, hidden)
        : ser.replace(/<c:cat\b/, `${hidden}<c:cat`)
    }
    return `<c:ser>${ser}</c:ser>`
  })
}

/** `charts[i]` is the patch of ppt/charts/chart{i+1}.xml: pptxgenjs numbers charts in the order added. */
export async function finishPptx(file: ArrayBuffer, charts: readonly ChartPatch[]): Promise<Blob> {
  const zip = await JSZip.loadAsync(file)
  const parts = Object.keys(zip.files).filter((name) => /\.xml$/.test(name))
  await Promise.all(
    parts.map(async (name) => {
      const entry = zip.file(name)
      if (!entry) return
      let xml = vietnamese(await entry.async('string'))
      const chart = /^ppt\/charts\/chart(\d+)\.xml$/.exec(name)
      const patch = chart ? charts[Number(chart[1]) - 1] : undefined
      if (patch) xml = patchChart(xml, patch)
      zip.file(name, xml)
    }),
  )
  return zip.generateAsync({ type: 'blob', mimeType: PPTX_MIME, compression: 'DEFLATE' })
}
