import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ICON_SIZES, ICONS, IDLE_ICONS, idleSvg, renderIcon } from '../../../src/build/icons';
import { pngSize } from '../../../src/build/png';

const mark = readFileSync(fileURLToPath(new URL('../../../assets/icons/mark.svg', import.meta.url)));

describe('the extension icons', () => {
  it.each(ICON_SIZES)('renders the mark as a %i px square PNG', (size) => {
    expect(pngSize(renderIcon(mark, size))).toEqual({ width: size, height: size });
  });

  it('draws an idle variant in greys only, for the toolbar sizes', () => {
    const idle = idleSvg(mark.toString('utf8'));
    expect(idle).not.toMatch(/#24527a|#8bb8e8/i);
    const hues = [...idle.matchAll(/#([0-9a-f]{6})\b/gi)].map((m) => m[1]!.toLowerCase());
    for (const hex of hues) {
      const [r, g, b] = [0, 2, 4].map((i) => parseInt(hex.slice(i, i + 2), 16));
      expect(Math.max(r!, g!, b!) - Math.min(r!, g!, b!), hex).toBeLessThan(40);
    }
    expect(IDLE_ICONS).toEqual({ '16': 'icons/idle-16.png', '32': 'icons/idle-32.png' });
    expect(Buffer.from(renderIcon(idle, 16)).equals(Buffer.from(renderIcon(mark, 16)))).toBe(false);
  });

  it('refuses to draw an idle variant of a mark whose colours it does not know', () => {
    expect(() => idleSvg('<svg xmlns="http://www.w3.org/2000/svg"><rect fill="#ff0000"/></svg>')).toThrow(/no longer uses/);
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
