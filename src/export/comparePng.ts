// The donor comparison as a PNG for slides (issue #15): the small maps in a grid, each with the
// donor's name and one-line summary, then the date, a legend of every status ("No public
// statement" included) and the credit lines, in the style of the single-map PNG (pngExport.ts).
// The maps are the same SVG pictures as on the page, drawn as images: no MapLibre, no WebGL.

import { DONOR_STATUS_IDS, type DonorStatusId } from '../domain/donors';
import { MAP_THEMES } from '../map/palette';
import { drawLegendMark } from './pngMarks';
import { pngBlob, startPngPage, type Ink } from './pngPage';
import { PNG_SIZES, type PngSize } from './pngSizes';

export interface ComparePngInput {
  size: PngSize;
  theme: 'light' | 'dark';
  title: string;
  dateLine: string;
  legendTitle: string;
  statusLabel: (status: DonorStatusId) => string;
  /** One per donor: its name, summary and coloured picture (an SVG clone, see comparePicture.ts). */
  cards: { name: string; summary: string; svg: SVGSVGElement }[];
  creditLines: string[];
}

/** An SVG drawn as an image of exactly w × h pixels (its viewBox fitted inside, "meet"). */
async function svgImage(svg: SVGSVGElement, w: number, h: number): Promise<HTMLImageElement> {
  const copy = svg.cloneNode(true) as SVGSVGElement;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(w));
  copy.setAttribute('height', String(h));
  copy.setAttribute('overflow', 'hidden');
  const url = URL.createObjectURL(
    new Blob([new XMLSerializer().serializeToString(copy)], { type: 'image/svg+xml' }),
  );
  try {
    const image = new Image(w, h);
    image.src = url;
    await image.decode();
    return image;
  } finally {
    URL.revokeObjectURL(url);
  }
}

interface Grid {
  pad: number;
  titleSize: number;
  headerH: number;
  sw: number;
  fontSize: number;
  creditSize: number;
  cols: number;
  cellW: number;
  cellH: number;
  footerH: number;
}

function grid(input: ComparePngInput): Grid {
  const { width, height } = PNG_SIZES[input.size];
  const pad = Math.round(width * 0.025);
  const titleSize = Math.round(Math.min(width, height * 1.6) * 0.028);
  const headerH = pad + Math.round(titleSize * 2.5);
  const sw = Math.round(titleSize * 0.62);
  const fontSize = Math.round(sw * 0.75);
  const creditSize = Math.round(fontSize * 0.85);
  const n = input.cards.length;
  const cols = n <= 2 ? 2 : n === 4 && width / height < 1.5 ? 2 : 3;
  const rows = Math.ceil(n / cols);
  const footerH = Math.round(sw * 4.2) + input.creditLines.length * Math.round(creditSize * 1.4) + pad / 2;
  const cellW = Math.floor((width - 2 * pad - (cols - 1) * pad) / cols);
  const cellH = Math.floor((height - headerH - footerH - (rows - 1) * (pad / 2)) / rows);
  return { pad, titleSize, headerH, sw, fontSize, creditSize, cols, cellW, cellH, footerH };
}

async function drawCards(ctx: CanvasRenderingContext2D, input: ComparePngInput, g: Grid, text: string) {
  const nameSize = Math.round(g.fontSize * 1.15);
  const labelH = Math.round(nameSize * 1.3 + g.fontSize * 1.4);
  for (const [i, card] of input.cards.entries()) {
    const x = g.pad + (i % g.cols) * (g.cellW + g.pad);
    const y = g.headerH + Math.floor(i / g.cols) * (g.cellH + g.pad / 2);
    ctx.fillStyle = text;
    ctx.textBaseline = 'alphabetic';
    ctx.font = `700 ${nameSize}px system-ui, sans-serif`;
    ctx.fillText(card.name, x, y + nameSize, g.cellW);
    ctx.font = `${g.fontSize}px system-ui, sans-serif`;
    ctx.fillText(card.summary, x, y + nameSize + Math.round(g.fontSize * 1.3), g.cellW);
    const mapH = g.cellH - labelH;
    ctx.fillStyle = MAP_THEMES[input.theme].sea;
    ctx.fillRect(x, y + labelH, g.cellW, mapH);
    ctx.drawImage(await svgImage(card.svg, g.cellW, mapH), x, y + labelH);
  }
}

function drawLegendAndCredit(ctx: CanvasRenderingContext2D, input: ComparePngInput, g: Grid, ink: Ink) {
  const { height } = PNG_SIZES[input.size];
  let x = g.pad;
  let y = height - g.footerH + Math.round(g.sw * 0.6);
  ctx.font = `600 ${g.fontSize}px system-ui, sans-serif`;
  ctx.textBaseline = 'middle';
  ctx.fillStyle = ink.text;
  ctx.fillText(input.legendTitle, x, y + g.sw / 2);
  x += ctx.measureText(input.legendTitle).width + g.sw;
  for (const status of DONOR_STATUS_IDS) {
    const label = input.statusLabel(status);
    const w = g.sw * 1.7 + ctx.measureText(label).width + g.sw;
    if (x + w > PNG_SIZES[input.size].width - g.pad) {
      x = g.pad;
      y += Math.round(g.sw * 1.5);
    }
    drawLegendMark(ctx, status, x, y, g.sw, ink.text);
    ctx.fillStyle = ink.text;
    ctx.fillText(label, x + g.sw * 1.7, y + g.sw / 2);
    x += w;
  }
  y += Math.round(g.sw * 1.5);
  ctx.fillStyle = ink.muted;
  ctx.font = `${g.creditSize}px system-ui, sans-serif`;
  input.creditLines.forEach((line, i) => ctx.fillText(line, g.pad, y + Math.round(g.creditSize * 1.4) * i));
}

/** The comparison as a PNG blob. */
export async function renderComparePng(input: ComparePngInput): Promise<Blob> {
  const { canvas, ctx, ink } = startPngPage(input.size, input.theme);
  const g = grid(input);
  ctx.fillStyle = ink.text;
  ctx.font = `700 ${g.titleSize}px system-ui, sans-serif`;
  ctx.fillText(input.title, g.pad, g.pad + g.titleSize);
  ctx.font = `600 ${Math.round(g.titleSize * 0.7)}px system-ui, sans-serif`;
  ctx.fillStyle = ink.muted;
  ctx.fillText(input.dateLine, g.pad, g.pad + g.titleSize + Math.round(g.titleSize * 0.95));
  await drawCards(ctx, input, g, ink.text);
  drawLegendAndCredit(ctx, input, g, ink);
  return pngBlob(canvas);
}
