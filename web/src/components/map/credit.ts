/**
 * Required by the boundaries' licence (CC BY 3.0 IGO, see web/public/geo/ATTRIBUTION.md): shown
 * under every map on screen, on the map slide, in the PowerPoint file, in PNGs and in print.
 */
export const MAP_CREDIT =
  'Ranh giới quận/huyện: Chính phủ Việt Nam / OCHA ROAP qua HDX (CC BY 3.0 IGO), đã giản lược.'
