// Exports of a drawn map (components/MapView.tsx) for a report: a standalone SVG file, or a PNG.

/** The presentation properties a map's <style> sets: copied as attributes, resolved, on export. */
const PAINT = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-opacity',
  'stroke-width',
  'stroke-linejoin',
  'stroke-linecap',
  'opacity',
];

/** The page's background colour behind `element` (the first opaque one up the tree), else white. */
function backgroundBehind(element: Element): string {
  for (let node: Element | null = element; node; node = node.parentElement) {
    const colour = getComputedStyle(node).backgroundColor;
    if (colour && colour !== 'transparent' && !/rgba\(.*,\s*0\)$/u.test(colour)) return colour;
  }
  return '#ffffff';
}

/**
 * The map `svg` as the text of a standalone SVG file: the colours it shows now (light or dark)
 * written on each shape, its background behind it, the map's own style and what only serves the
 * keyboard (tab stops, roles) left out; each marker keeps its label as a <title>. Reads computed
 * styles: call it on a map in the document.
 */
export function mapSvgText(svg: SVGSVGElement): string {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  const shapes = [...svg.querySelectorAll('path, circle, rect, line')];
  const copies = [...copy.querySelectorAll('path, circle, rect, line')];
  shapes.forEach((shape, index) => {
    const style = getComputedStyle(shape);
    const target = copies[index]!;
    for (const property of PAINT) {
      const value = style.getPropertyValue(property);
      if (value) target.setAttribute(property, value);
    }
    for (const attribute of ['tabindex', 'role', 'class', 'data-index']) target.removeAttribute(attribute);
  });
  copy.querySelector('style')?.remove();
  for (const attribute of ['role', 'class', 'width', 'height']) copy.removeAttribute(attribute);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  const [, , width = '360', height = '288'] = (svg.getAttribute('viewBox') ?? '').split(' ');
  copy.setAttribute('width', width);
  copy.setAttribute('height', height);
  const background = document.createElementNS('http://www.w3.org/2000/svg', 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', backgroundBehind(svg));
  copy.prepend(background);
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}\n`;
}

/**
 * The map `svg` as a PNG image `scale` times its drawn size (2 for a crisp print), through the same
 * standalone SVG as {@link mapSvgText}, drawn on a canvas: no request leaves the page.
 */
export async function mapPngBlob(svg: SVGSVGElement, scale = 2): Promise<Blob> {
  const text = mapSvgText(svg);
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(image.naturalWidth * scale);
    canvas.height = Math.round(image.naturalHeight * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
