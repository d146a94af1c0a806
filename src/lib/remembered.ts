/**
 * A small value kept in localStorage between visits, so a page can draw its first frame as it
 * looked last time (the number of roadmaps, whether storage is persistent) instead of moving
 * things when the real answer arrives. Without storage it is simply not remembered.
 */
export function readRemembered(key: string): string | null {
  try {
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

export function remember(key: string, value: string): void {
  try {
    localStorage.setItem(key, value);
  } catch {
    // Remembering is a nicety: the next visit draws its first frame without it.
  }
}
