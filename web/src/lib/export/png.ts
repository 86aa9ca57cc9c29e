// Loaded on click only (html-to-image). Draws a DOM node (a slide) into a PNG at a fixed size,
// whatever the node's on-screen scale.
import { toBlob } from 'html-to-image'

interface PngOptions {
  width: number
  height: number
  /** 1.5 turns the 1280×720 stage into a Full HD picture. */
  pixelRatio: number
  background: string
}

/** What an SVG shape takes from the page's style sheets (colours by class, the stage's variables). */
const SVG_PROPERTIES = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-linejoin',
  'stroke-opacity',
  'opacity',
  'visibility',
  'font-family',
  'font-size',
  'font-weight',
  'paint-order',
] as const

/**
 * html-to-image copies computed styles onto HTML elements but clones an <svg> as it is, so shapes
 * coloured by class (the map's districts) would come out black. Their computed colours are written
 * into their style attribute for the time of the drawing; the returned function puts them back.
 */
function inlineSvgStyles(root: HTMLElement): () => void {
  const saved: [SVGElement, string | null][] = []
  for (const svg of root.querySelectorAll('svg')) {
    for (const element of svg.querySelectorAll<SVGElement>('*')) {
      const computed = getComputedStyle(element)
      saved.push([element, element.getAttribute('style')])
      for (const property of SVG_PROPERTIES)
        element.style.setProperty(property, computed.getPropertyValue(property))
    }
  }
  return () => {
    for (const [element, style] of saved) {
      if (style === null) element.removeAttribute('style')
      else element.setAttribute('style', style)
    }
  }
}

/**
 * The node is drawn where it lies inside its box: pass a node laid out at (0, 0) of its parent
 * (a slide fills its stage), never a node placed by `left`/`transform` (the stage is centred that
 * way, and html-to-image copies its computed offsets, which drew the slide in the bottom-right corner).
 */
export async function elementToPng(
  node: HTMLElement,
  { width, height, pixelRatio, background }: PngOptions,
): Promise<Blob> {
  const restore = inlineSvgStyles(node)
  try {
    const blob = await toBlob(node, {
      width,
      height,
      pixelRatio,
      backgroundColor: background,
      // System fonts only: nothing to embed, and skipping the scan keeps the export offline.
      skipFonts: true,
    })
    if (!blob) throw new Error('PNG rendering returned nothing')
    return blob
  } finally {
    restore()
  }
}
