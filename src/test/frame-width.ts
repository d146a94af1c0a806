import { vi } from 'vitest';

/**
 * Lays a drawing's frame out at `width` px, which jsdom does not do: every element reports that
 * width and the resize observer never fires. For components that draw from their measured width.
 */
export function withFrameWidth(width: number) {
  vi.spyOn(HTMLElement.prototype, 'clientWidth', 'get').mockReturnValue(width);
  vi.stubGlobal(
    'ResizeObserver',
    class {
      observe() {}
      disconnect() {}
    },
  );
}
