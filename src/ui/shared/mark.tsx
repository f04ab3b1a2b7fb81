// Corroborate's mark drawn inline (no image file, so the page UI needs no web-accessible resource
// a page could probe for): the speech bubble with a check from assets/icons/mark.svg, reduced to
// what reads at 10–16 px. Colours come from CSS (currentColor), so it follows the theme and forced
// colours.
export function Mark({ size = 12 }: { size?: number }) {
  return (
    <svg class="cb-mark" viewBox="0 0 128 128" width={size} height={size} aria-hidden="true" focusable="false">
      <path d="M22 14 H106 A16 16 0 0 1 122 30 V86 A16 16 0 0 1 106 102 H66 L40 124 L44 102 H22 A16 16 0 0 1 6 86 V30 A16 16 0 0 1 22 14 Z" fill="currentColor" />
      <path d="M36 58 L56 78 L94 40" fill="none" stroke="var(--mark-check, #fff)" stroke-width="16" stroke-linecap="round" stroke-linejoin="round" />
    </svg>
  );
}
