import { describe, expect, it } from 'vitest';
import englishMessages from '../../../public/_locales/en/messages.json';
import { renderIcon } from '../../../src/build/icons';
import { checkStoreManifest, resolveMessage, type Messages, type StoreInputs, type StoreManifest } from '../../../src/build/store-checks';

const square = (size: number) => renderIcon('<svg xmlns="http://www.w3.org/2000/svg" width="1" height="1"><rect width="1" height="1"/></svg>', size);
const ICON_FILES: Record<string, Uint8Array> = {
  'icons/16.png': square(16),
  'icons/32.png': square(32),
  'icons/48.png': square(48),
  'icons/128.png': square(128),
};
const ICONS = { '16': 'icons/16.png', '32': 'icons/32.png', '48': 'icons/48.png', '128': 'icons/128.png' };

function fakeInputs(overrides: { manifest?: Partial<StoreManifest>; messages?: Messages | null; files?: Record<string, Uint8Array> } = {}): StoreInputs {
  const files = overrides.files ?? ICON_FILES;
  return {
    manifest: {
      name: '__MSG_extName__',
      description: '__MSG_extDescription__',
      default_locale: 'en',
      minimum_chrome_version: '102',
      icons: ICONS,
      action: { default_icon: ICONS },
      ...overrides.manifest,
    },
    messages: overrides.messages === undefined ? { extName: { message: 'Corroborate' }, extDescription: { message: 'Context for news articles.' } } : overrides.messages,
    readFile: (path) => files[path] ?? null,
  };
}

describe('the store check of a built manifest', () => {
  it('passes a manifest with a short name and description, the three icon sizes and a minimum Chrome version', () => {
    expect(checkStoreManifest(fakeInputs())).toEqual([]);
  });

  it('passes a description of exactly 132 characters', () => {
    expect(checkStoreManifest(fakeInputs({ manifest: { description: 'x'.repeat(132) } }))).toEqual([]);
  });

  it('fails a description of 133 characters given directly', () => {
    expect(checkStoreManifest(fakeInputs({ manifest: { description: 'x'.repeat(133) } }))).toEqual([
      expect.stringMatching(/^description is 133 characters, over the limit of 132/),
    ]);
  });

  it('fails a long description that comes from the locale messages', () => {
    const messages = { extName: { message: 'Corroborate' }, extDescription: { message: 'A'.repeat(146) } };
    expect(checkStoreManifest(fakeInputs({ messages }))).toEqual([expect.stringMatching(/^description is 146 characters/)]);
  });

  it('fails a name over 75 characters', () => {
    expect(checkStoreManifest(fakeInputs({ manifest: { name: 'N'.repeat(76) } }))).toEqual([expect.stringMatching(/^name is 76 characters, over the limit of 75/)]);
  });

  it('fails a missing description and a message key the locale does not have', () => {
    expect(checkStoreManifest(fakeInputs({ manifest: { description: undefined, name: '__MSG_nope__' } }))).toEqual([
      'name __MSG_nope__ has no message in the default locale',
      'description is missing',
    ]);
  });

  it('fails a manifest without minimum_chrome_version', () => {
    expect(checkStoreManifest(fakeInputs({ manifest: { minimum_chrome_version: undefined } }))).toEqual(['minimum_chrome_version is missing']);
  });

  it('fails a manifest without icons', () => {
    expect(checkStoreManifest(fakeInputs({ manifest: { icons: undefined, action: {} } }))).toEqual(['icons is missing']);
  });

  it('fails icons without the 48 px size, even when 32 px is there', () => {
    const { '48': _, ...icons } = ICONS;
    expect(checkStoreManifest(fakeInputs({ manifest: { icons, action: {} } }))).toEqual(['icons has no 48×48 icon']);
  });

  it('fails an icon file that does not exist', () => {
    const { 'icons/128.png': _, ...files } = ICON_FILES;
    expect(checkStoreManifest(fakeInputs({ files }))).toEqual([
      'icons["128"]: icons/128.png does not exist',
      'action.default_icon["128"]: icons/128.png does not exist',
    ]);
  });

  it('fails an icon file that is an SVG named .png', () => {
    const files = { ...ICON_FILES, 'icons/16.png': new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg" width="16" height="16"/>') };
    expect(checkStoreManifest(fakeInputs({ manifest: { action: {} }, files }))).toEqual(['icons["16"]: icons/16.png is not a PNG']);
  });

  it('fails a PNG whose size is not the one the manifest states', () => {
    const files = { ...ICON_FILES, 'icons/48.png': square(64) };
    expect(checkStoreManifest(fakeInputs({ manifest: { action: {} }, files }))).toEqual(['icons["48"]: icons/48.png is 64×64, not 48×48']);
  });

  it('checks the toolbar icons too, and accepts a single toolbar icon path of any size', () => {
    expect(checkStoreManifest(fakeInputs({ manifest: { action: { default_icon: { '16': 'icons/missing.png' } } } }))).toEqual([
      'action.default_icon["16"]: icons/missing.png does not exist',
    ]);
    expect(checkStoreManifest(fakeInputs({ manifest: { action: { default_icon: 'icons/128.png' } } }))).toEqual([]);
  });
});

describe('resolveMessage', () => {
  it('looks message keys up without regard to case, as browsers do', () => {
    expect(resolveMessage('__MSG_ExtName__', { extname: { message: 'Corroborate' } })).toBe('Corroborate');
  });

  it('leaves plain text alone and gives null for a key with no message', () => {
    expect(resolveMessage('Corroborate', null)).toBe('Corroborate');
    expect(resolveMessage('__MSG_extName__', null)).toBeNull();
    expect(resolveMessage('__MSG_extName__', {})).toBeNull();
  });
});

describe("the extension's own English messages", () => {
  it('give a name and description within the store limits', () => {
    expect(checkStoreManifest(fakeInputs({ messages: englishMessages }))).toEqual([]);
  });
});
