import { useEffect, useState } from 'react';

import type { Paper } from '../model/paper';

export { papers, type Paper } from '../model/paper';

const storageKey = 'rotta.strategy-map.paper';

/**
 * The printed map: the page box and the drawing's size in millimetres. The drawing is a little
 * smaller than the printable area (paper less margins, kept in the √2 ratio), so rounding in the
 * print engine can never push it onto a second page. Each sheet has its own layout whose units
 * print at the same size (272 / 1414 = 388 / 2017 mm a unit, see map-theme.ts).
 */
export const printBox: Record<
  Paper,
  { size: string; margin: number; width: number; height: number }
> = {
  a4: { size: 'A4 landscape', margin: 8, width: 272, height: 192.3 },
  a3: { size: 'A3 landscape', margin: 10, width: 388, height: 274.4 },
};

function readPaper(): Paper {
  try {
    return localStorage.getItem(storageKey) === 'a3' ? 'a3' : 'a4';
  } catch {
    return 'a4';
  }
}

/** While the map is open, printing uses the chosen landscape paper and shows only the map. */
export function usePrintPaper(): [Paper, (paper: Paper) => void] {
  const [paper, setPaper] = useState<Paper>(readPaper);
  useEffect(() => {
    const box = printBox[paper];
    const style = document.createElement('style');
    style.dataset.strategyMapPrint = paper;
    style.textContent = `@media print {
  @page { size: ${box.size}; margin: ${box.margin}mm; }
  html.print-strategy-map .strategy-map-svg { width: ${box.width}mm; height: ${box.height}mm; }
}`;
    document.head.append(style);
    document.documentElement.classList.add('print-strategy-map');
    return () => {
      style.remove();
      document.documentElement.classList.remove('print-strategy-map');
    };
  }, [paper]);
  const choose = (next: Paper) => {
    setPaper(next);
    try {
      localStorage.setItem(storageKey, next);
    } catch {
      // Remembering the paper is a nicety; without storage it falls back to A4 next time.
    }
  };
  return [paper, choose];
}
