// What the stores refuse or flag in a built manifest, checked before anyone uploads it. Pure: the
// manifest, its default locale's messages and a file reader come in, a list of problems goes out.
import { pngSize } from './png';

/** Chrome Web Store limits (developer.chrome.com, manifest "description" and "name"). */
export const LIMITS = { description: 132, name: 75 } as const;
/** Sizes the Chrome Web Store and the extensions page need; others (32) are optional. */
export const REQUIRED_ICON_SIZES = ['16', '48', '128'] as const;

/** The manifest fields the checks read; everything else is passed through untouched. */
export interface StoreManifest {
  name?: unknown;
  description?: unknown;
  default_locale?: unknown;
  minimum_chrome_version?: unknown;
  icons?: unknown;
  action?: { default_icon?: unknown };
  [key: string]: unknown;
}

/** A locale's messages.json: { key: { message } }. */
export type Messages = Record<string, { message: string } | undefined>;

export interface StoreInputs {
  manifest: StoreManifest;
  /** The default locale's messages, or null when the extension has none. */
  messages: Messages | null;
  /** The bytes of a file of the built extension, by its path in the manifest; null when absent. */
  readFile(path: string): Uint8Array | null;
}

const MSG = /^__MSG_(\w+)__$/;

/** A manifest string with its __MSG_key__ resolved the way the browser does it (keys are case-insensitive). */
export function resolveMessage(value: string, messages: Messages | null): string | null {
  const m = MSG.exec(value);
  if (!m) return value;
  if (!messages) return null;
  const key = m[1]!.toLowerCase();
  const hit = Object.entries(messages).find(([k]) => k.toLowerCase() === key);
  return hit?.[1]?.message ?? null;
}

function checkText(field: 'name' | 'description', value: unknown, messages: Messages | null): string[] {
  if (typeof value !== 'string' || !value.trim()) return [`${field} is missing`];
  const text = resolveMessage(value, messages);
  if (text === null) return [`${field} ${value} has no message in the default locale`];
  const limit = LIMITS[field];
  return text.length > limit ? [`${field} is ${text.length} characters, over the limit of ${limit}: "${text}"`] : [];
}

/** One icon file: it exists, is a PNG and, when the manifest states a size, is that size. */
function checkIconFile(where: string, path: unknown, size: string | null, read: StoreInputs['readFile']): string[] {
  if (typeof path !== 'string') return [`${where} is not a file path`];
  const bytes = read(path);
  if (!bytes) return [`${where}: ${path} does not exist`];
  const dims = pngSize(bytes);
  if (!dims) return [`${where}: ${path} is not a PNG`];
  if (size !== null && (String(dims.width) !== size || String(dims.height) !== size)) {
    return [`${where}: ${path} is ${dims.width}×${dims.height}, not ${size}×${size}`];
  }
  return [];
}

const checkIconMap = (where: string, icons: Record<string, unknown>, read: StoreInputs['readFile']) =>
  Object.entries(icons).flatMap(([size, path]) => checkIconFile(`${where}["${size}"]`, path, size, read));

const isMap = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

function checkIcons(m: StoreManifest, read: StoreInputs['readFile']): string[] {
  if (!isMap(m.icons)) return ['icons is missing'];
  const problems = REQUIRED_ICON_SIZES.filter((s) => !(s in (m.icons as object))).map((s) => `icons has no ${s}×${s} icon`);
  problems.push(...checkIconMap('icons', m.icons, read));
  // The toolbar button's icons are optional, but when given they must be right too. A single path
  // (rather than a map by size) is scaled by the browser, so only its existence and format matter.
  const button = m.action?.default_icon;
  if (typeof button === 'string') problems.push(...checkIconFile('action.default_icon', button, null, read));
  else if (isMap(button)) problems.push(...checkIconMap('action.default_icon', button, read));
  return problems;
}

/** Every problem a store would raise with this manifest; empty when it is ready to upload. */
export function checkStoreManifest({ manifest, messages, readFile }: StoreInputs): string[] {
  return [
    ...checkText('name', manifest.name, messages),
    ...checkText('description', manifest.description, messages),
    ...(typeof manifest.minimum_chrome_version === 'string' && manifest.minimum_chrome_version ? [] : ['minimum_chrome_version is missing']),
    ...checkIcons(manifest, readFile),
  ];
}
