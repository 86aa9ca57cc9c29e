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

export async function elementToPng(
  node: HTMLElement,
  { width, height, pixelRatio, background }: PngOptions,
): Promise<Blob> {
  const blob = await toBlob(node, {
    width,
    height,
    pixelRatio,
    backgroundColor: background,
    // The stage is scaled to the window on screen; the picture is drawn at the design size.
    style: { transform: 'none', left: '0', top: '0', position: 'relative' },
    // System fonts only: nothing to embed, and skipping the scan keeps the export offline.
    skipFonts: true,
  })
  if (!blob) throw new Error('PNG rendering returned nothing')
  return blob
}
