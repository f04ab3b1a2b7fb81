// Node.nodeType values, for code that walks a DOM without the DOM's globals (a page's, linkedom's).
export const ELEMENT = 1;
export const TEXT = 3;
