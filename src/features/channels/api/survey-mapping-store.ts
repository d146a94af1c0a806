import { readRememberedMapping, type RememberedMapping } from '../model/remembered-mapping';

/**
 * The last confirmed survey mapping of each roadmap lives in this browser's localStorage: it is
 * a convenience for the next file, not part of the roadmap, so it is neither exported nor undone.
 */
const keyOf = (roadmapId: string) => `rotta.surveyMapping.${roadmapId}`;

export function loadRememberedMapping(roadmapId: string): RememberedMapping | null {
  try {
    return readRememberedMapping(localStorage.getItem(keyOf(roadmapId)));
  } catch {
    return null;
  }
}

export function storeRememberedMapping(roadmapId: string, mapping: RememberedMapping): void {
  try {
    localStorage.setItem(keyOf(roadmapId), JSON.stringify(mapping));
  } catch {
    // Storage full or blocked: the next file is matched by name, as before.
  }
}
