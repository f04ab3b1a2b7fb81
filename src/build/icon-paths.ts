// Where the icons sit in the built extension. No dependencies, so the background can import it:
// the toolbar button shows the full-colour mark where Corroborate found events, and the grey one
// ("idle") on a tab where it looked and found nothing; the count on the badge says how many
// warnings (amber) or events (blue).
/** 16: favicon and toolbar at 1x; 32: toolbar at 2x and Windows; 48: the extensions page; 128: stores and install. */
export const ICON_SIZES = [16, 32, 48, 128] as const;
/** The toolbar draws at 16 and 32 px. */
export const TOOLBAR_SIZES = [16, 32] as const;

export const ICONS: Record<string, string> = Object.fromEntries(ICON_SIZES.map((size) => [String(size), `icons/${size}.png`]));
/** The toolbar's two states, at the sizes it draws: the colour mark, and the grey one. */
export const ACTIVE_ICONS: Record<string, string> = Object.fromEntries(TOOLBAR_SIZES.map((size) => [String(size), ICONS[String(size)]!]));
export const IDLE_ICONS: Record<string, string> = Object.fromEntries(TOOLBAR_SIZES.map((size) => [String(size), `icons/idle-${size}.png`]));
