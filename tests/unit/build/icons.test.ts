import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, ICONS, renderIcon } from '../../../src/build/icons';
import { pngSize } from '../../../src/build/png';

const mark = readFileSync(fileURLToPath(new URL('../../../assets/icons/mark.svg', import.meta.url)));

describe('the extension icons', () => {
  it.each(ICON_SIZES)('renders the mark as a %i px square PNG', (size) => {
    expect(pngSize(renderIcon(mark, size))).toEqual({ width: size, height: size });
  });

  it('names one file per size for the manifest', () => {
    expect(ICONS).toEqual({ '16': 'icons/16.png', '32': 'icons/32.png', '48': 'icons/48.png', '128': 'icons/128.png' });
  });
});

describe('pngSize', () => {
  it('reads the width and height of a PNG that is not square', () => {
    const svg = '<svg xmlns="http://www.w3.org/2000/svg" width="20" height="10"><rect width="20" height="10"/></svg>';
    expect(pngSize(renderIcon(svg, 40))).toEqual({ width: 40, height: 20 });
  });

  it('refuses bytes that are not a PNG', () => {
    expect(pngSize(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/> padding padding'))).toBeNull();
    expect(pngSize(new Uint8Array([0x89, 0x50, 0x4e, 0x47]))).toBeNull();
  });

  it('refuses a PNG signature whose first chunk is not IHDR', () => {
    const bytes = renderIcon(mark, 16).slice();
    bytes.set([0x49, 0x44, 0x41, 0x54], 12); // "IDAT"
    expect(pngSize(bytes)).toBeNull();
  });
});
