// How a badge's card opens and closes. Hover or focus shows it; a click pins it open; Escape, a click
// outside, or focus leaving the badge and its card closes it. Only one card is open at a time.
// The card is placed in the top layer (Popover API) beside its badge, so it overlays the page
// without moving a word of it and no page stacking context or overflow can clip it.
import { useCallback, useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import type { RefObject } from 'preact';

const OPEN_DELAY_MS = 120;
const CLOSE_DELAY_MS = 250;
const GAP = 6;
const MARGIN = 8;

let current: { close(): void } | null = null;

/** Closes whichever card is open (used when the page UI is removed). */
export function closeOpenCard(): void {
  current?.close();
}

export interface Disclosure {
  open: boolean;
  pinned: boolean;
  close(): void;
  buttonRef: RefObject<HTMLButtonElement>;
  cardRef: RefObject<HTMLDivElement>;
  buttonProps: {
    onMouseEnter(): void;
    onMouseLeave(): void;
    onFocus(): void;
    onClick(e: MouseEvent): void;
  };
  cardProps: { onMouseEnter(): void; onMouseLeave(): void; onClick(e: MouseEvent): void };
  /** For the element wrapping button and card: focus leaving both closes. */
  wrapperProps: { onFocusOut(e: FocusEvent): void };
}

export function useDisclosure(): Disclosure {
  const [open, setOpen] = useState(false);
  const [pinned, setPinned] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const cardRef = useRef<HTMLDivElement>(null);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const self = useRef<{ close(): void }>({ close: () => {} });
  // Set while we move focus back to the button ourselves, so that focus does not reopen the card.
  const quiet = useRef(false);

  const clear = () => {
    if (timer.current !== null) clearTimeout(timer.current);
    timer.current = null;
  };
  const close = useCallback(() => {
    clear();
    setOpen(false);
    setPinned(false);
    if (current === self.current) current = null;
  }, []);
  self.current.close = close;
  const show = (pin: boolean) => {
    clear();
    if (current && current !== self.current) current.close();
    current = self.current;
    setOpen(true);
    if (pin) setPinned(true);
  };
  const later = (fn: () => void, ms: number) => {
    clear();
    timer.current = setTimeout(fn, ms);
  };

  // While open: a press anywhere outside, or Escape anywhere, closes.
  useEffect(() => {
    if (!open) return;
    const doc = buttonRef.current?.ownerDocument;
    if (!doc) return;
    const root = buttonRef.current!.getRootNode() as ShadowRoot;
    const host = root.host ?? null;
    const onDown = (e: Event) => {
      if (!host || !e.composedPath().includes(host)) close();
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape') return;
      // Our Escape: the page's own handlers (closing its menus) do not see it.
      e.stopPropagation();
      // Asked of our root: a listener on the document is not shown the path inside a closed root.
      const focusInCard = !!cardRef.current && !!root.activeElement && cardRef.current.contains(root.activeElement);
      close();
      if (focusInCard) {
        quiet.current = true;
        buttonRef.current?.focus();
        quiet.current = false;
      }
    };
    doc.addEventListener('pointerdown', onDown, true);
    doc.addEventListener('keydown', onKey, true);
    return () => {
      doc.removeEventListener('pointerdown', onDown, true);
      doc.removeEventListener('keydown', onKey, true);
    };
  }, [open, close]);

  useEffect(() => () => {
    clear();
    if (current === self.current) current = null;
  }, []);

  return {
    open,
    pinned,
    close,
    buttonRef,
    cardRef,
    buttonProps: {
      onMouseEnter: () => (open ? clear() : later(() => show(false), OPEN_DELAY_MS)),
      onMouseLeave: () => {
        if (!pinned) later(close, CLOSE_DELAY_MS);
        else clear();
      },
      onFocus: () => {
        if (!open && !quiet.current) show(false);
      },
      onClick: (e) => {
        // The page must not see our clicks (a badge inside a clickable card would navigate).
        e.stopPropagation();
        e.preventDefault();
        if (open && pinned) close();
        else show(true);
      },
    },
    cardProps: {
      onMouseEnter: clear,
      onMouseLeave: () => {
        if (!pinned) later(close, CLOSE_DELAY_MS);
      },
      onClick: (e) => e.stopPropagation(),
    },
    wrapperProps: {
      onFocusOut: (e) => {
        const next = e.relatedTarget as Node | null;
        const wrapper = e.currentTarget as Node;
        if (!next || !wrapper.contains(next)) close();
      },

    },
  };
}

/** Places the open card in the top layer, below its button (above it when there is no room). */
export function usePlacement(open: boolean, buttonRef: RefObject<HTMLElement>, cardRef: RefObject<HTMLElement>): void {
  useLayoutEffect(() => {
    const card = cardRef.current;
    const button = buttonRef.current;
    if (!open || !card || !button) return;
    const view = card.ownerDocument.defaultView;
    const withPopover = card as HTMLElement & { showPopover?: () => void; hidePopover?: () => void };
    try {
      withPopover.showPopover?.();
    } catch {
      // Not connected or already shown: the fixed position below still applies.
    }
    const place = () => {
      if (!view) return;
      const a = button.getBoundingClientRect();
      const w = card.offsetWidth;
      const h = card.offsetHeight;
      const left = Math.max(MARGIN, Math.min(a.left, view.innerWidth - w - MARGIN));
      const below = a.bottom + GAP;
      const top = below + h > view.innerHeight - MARGIN && a.top - GAP - h >= MARGIN ? a.top - GAP - h : below;
      card.style.left = `${Math.round(left)}px`;
      card.style.top = `${Math.round(top)}px`;
    };
    place();
    view?.addEventListener('scroll', place, { capture: true, passive: true });
    view?.addEventListener('resize', place, { passive: true });
    return () => {
      view?.removeEventListener('scroll', place, { capture: true });
      view?.removeEventListener('resize', place);
      try {
        withPopover.hidePopover?.();
      } catch {
        // Already hidden.
      }
    };
  }, [open]);
}
