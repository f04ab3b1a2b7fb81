// The card a badge opens: in the top layer, next to its badge, focusable so a click inside it keeps
// it open, with a close button for pointer and touch users.
import { Mark } from '../shared/mark';
import type { ComponentChildren } from 'preact';
import type { Disclosure } from './disclosure';
import { usePlacement } from './disclosure';
import type { T } from '../i18n';

export interface CardProps {
  id: string;
  ui: Disclosure;
  t: T;
  title: string;
  /** tooltip: a short description (role=tooltip); dialog: a card with links (non-modal). */
  role: 'tooltip' | 'dialog';
  children: ComponentChildren;
}

export function Card({ id, ui, t, title, role, children }: CardProps) {
  usePlacement(ui.open, ui.buttonRef, ui.cardRef);
  if (!ui.open) return null;
  const titleId = `${id}-title`;
  return (
    <div
      id={id}
      ref={ui.cardRef}
      class={`card card-${role}`}
      popover="manual"
      role={role}
      tabIndex={-1}
      {...(role === 'dialog' ? { 'aria-labelledby': titleId } : {})}
      {...ui.cardProps}
    >
      {role === 'dialog' ? (
        <div class="card-head">
          <span class="card-brand" aria-hidden="true">
            <Mark size={11} />
          </span>
          <span class="card-title" id={titleId}>
            {title}
          </span>
          <button type="button" class="card-close" aria-label={t('card_close')} title={t('card_close')} onClick={(e) => (e.stopPropagation(), ui.close(), ui.buttonRef.current?.focus())}>
            ×
          </button>
        </div>
      ) : null}
      {children}
    </div>
  );
}
