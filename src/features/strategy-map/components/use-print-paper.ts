import { useEffect, useState } from 'react';

import { printBox, type Paper } from '../model/paper';

export { papers, printBox, type Paper } from '../model/paper';

const storageKey = 'rotta.strategy-map.paper';

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
