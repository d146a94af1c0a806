import { createContext, useContext, type ReactNode } from 'react';
import { createPortal } from 'react-dom';

/** The part of the app's header a page may fill: on a roadmap, its name and its actions. */
export const HeaderSlotContext = createContext<HTMLElement | null>(null);

/**
 * Shows its children in the app's header, so a roadmap page needs no bar of its own and the
 * stage's work starts higher on a projected screen. Without a header (a test rendering a page
 * alone) they show where they are.
 */
export function HeaderSlot({ children }: { children: ReactNode }) {
  const slot = useContext(HeaderSlotContext);
  return slot ? createPortal(children, slot) : children;
}
