// The extension's icons: one SVG in the repo (assets/icons/mark.svg), rendered to the PNG sizes the
// stores and browsers ask for at build time. resvg is a self-contained renderer (no system fonts, no
// network), so the same SVG gives the same bytes on every machine.
import { Resvg } from '@resvg/resvg-js';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

/** 16: favicon and toolbar at 1x; 32: toolbar at 2x and Windows; 48: the extensions page; 128: stores and install. */
export const ICON_SIZES = [16, 32, 48, 128] as const;

/** Where each size sits in the built extension, as the manifest's `icons` map wants it. */
export const ICONS: Record<string, string> = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/${size}.png`]));

export function renderIcon(svg: Uint8Array | string, size: number): Uint8Array {
  return new Resvg(typeof svg === 'string' ? svg : Buffer.from(svg), { fitTo: { mode: 'width', value: size } }).render().asPng();
}

/**
 * Renders every size of `svgPath` into `dir` and returns them as WXT public files (WXT writes
 * generated files as text, so binary ones go through a file it copies).
 */
export async function renderIcons(svgPath: string, dir: string): Promise<{ absoluteSrc: string; relativeDest: string }[]> {
  const svg = await readFile(svgPath);
  await mkdir(dir, { recursive: true });
  return Promise.all(
    ICON_SIZES.map(async (size) => {
      const absoluteSrc = join(dir, `${size}.png`);
      await writeFile(absoluteSrc, renderIcon(svg, size));
      return { absoluteSrc, relativeDest: ICONS[String(size)]! };
    }),
  );
}
