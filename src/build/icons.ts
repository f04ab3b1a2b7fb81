// The extension's icons: one SVG in the repo (assets/icons/mark.svg), rendered to the PNG sizes the
// stores and browsers ask for at build time. resvg is a self-contained renderer (no system fonts, no
// network), so the same SVG gives the same bytes on every machine.
import { Resvg } from '@resvg/resvg-js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import { ICON_SIZES, ICONS, IDLE_ICONS, TOOLBAR_SIZES } from './icon-paths';

export { ICON_SIZES, ICONS, IDLE_ICONS } from './icon-paths';

/** The mark's brand colours, and the greys of its idle variant (same lightness order, no hue). */
const IDLE_COLOURS: Record<string, string> = { '#24527a': '#6b7280', '#8bb8e8': '#c9ced6' };

/** The mark in grey, for a tab where nothing was found. Fails loudly if the mark's colours changed. */
export function idleSvg(svg: string): string {
  let out = svg;
  for (const [from, to] of Object.entries(IDLE_COLOURS)) {
    if (!out.toLowerCase().includes(from)) throw new Error(`mark.svg no longer uses ${from}; update IDLE_COLOURS in src/build/icons.ts`);
    out = out.replace(new RegExp(from, 'gi'), to);
  }
  return out;
}

export function renderIcon(svg: Uint8Array | string, size: number): Uint8Array {
  return new Resvg(typeof svg === 'string' ? svg : Buffer.from(svg), { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/**
 * Renders every size of `svgPath` into `dir` and returns them as WXT public files (WXT writes
 * generated files as text, so binary ones go through a file it copies).
 */
export async function renderIcons(svgPath: string, dir: string): Promise<{ absoluteSrc: string; relativeDest: string }[]> {
  const svg = await readFile(svgPath, 'utf8');
  const idle = idleSvg(svg);
  await mkdir(dir, { recursive: true });
  const render = async (source: string, size: number, name: string, dest: string) => {
    const absoluteSrc = join(dir, name);
    await writeFile(absoluteSrc, renderIcon(source, size));
    return { absoluteSrc, relativeDest: dest };
  };
  return Promise.all([
    ...ICON_SIZES.map((size) => render(svg, size, `${size}.png`, ICONS[String(size)]!)),
    ...TOOLBAR_SIZES.map((size) => render(idle, size, `idle-${size}.png`, IDLE_ICONS[String(size)]!)),
  ]);
}
