// Types for Readability's readerable check, imported from its own file so that a content script that
// only asks "is this an article?" does not carry the whole of Readability (which runs in the background).
declare module '@mozilla/readability/Readability-readerable.js' {
  import type { isProbablyReaderable } from '@mozilla/readability';
  const check: typeof isProbablyReaderable;
  export default check;
}
