import { RELATIONSHIPS_NS, XML_DECLARATION } from './xml-text';

/** English Metric Units per pixel at 96 dpi. */
const EMU_PER_PIXEL = 9525;

/** A picture placed at a cell (0-based), shown at a size in pixels. */
export interface PicturePlacement {
  readonly row: number;
  readonly col: number;
  readonly widthPx: number;
  readonly heightPx: number;
}

/**
 * A drawing part (xl/drawings/drawingN.xml) with one picture per placement, each anchored
 * at its cell with its size (moves with the cell, keeps its size), the n-th picture's
 * image being relationship rId(n+1) of the drawing.
 *
 * @example
 * drawingXml([{ row: 0, col: 0, widthPx: 590, heightPx: 340 }])
 */
export function drawingXml(pictures: readonly PicturePlacement[]): string {
  const anchors = pictures.map((p, i) => {
    const id = i + 1;
    const [cx, cy] = [p.widthPx * EMU_PER_PIXEL, p.heightPx * EMU_PER_PIXEL];
    return (
      '<xdr:oneCellAnchor>' +
      `<xdr:from><xdr:col>${p.col}</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>${p.row}</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from>` +
      `<xdr:ext cx="${cx}" cy="${cy}"/>` +
      `<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="${id + 1}" name="Picture ${id}"/>` +
      '<xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr>' +
      `<xdr:blipFill><a:blip r:embed="rId${id}"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>` +
      `<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="${cx}" cy="${cy}"/></a:xfrm>` +
      '<a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr>' +
      '</xdr:pic><xdr:clientData/></xdr:oneCellAnchor>'
    );
  });
  return (
    `${XML_DECLARATION}<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing"` +
    ` xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${RELATIONSHIPS_NS}">` +
    `${anchors.join('')}</xdr:wsDr>`
  );
}
