import { useRef, useState } from 'react';
import { downloadBlob } from '../../lib/download';
import { useToast } from './toasts';

/** A file made in the browser, ready to hand to the download manager. */
export interface MadeFile {
  fileName: string;
  blob: Blob;
}

/** What a download says: while it takes long, once saved, and when it failed. */
export interface FileDownloadWords {
  /** Shown when making the file takes longer than half a second; none for quick files. */
  making?: string;
  saved: (fileName: string) => string;
  /** The message for a file that could not be made, given what went wrong in words. */
  failed: (detail: string) => string;
}

/** A download that takes longer than this says that it is under way. */
const progressDelayMs = 500;

/**
 * The one way a button makes a file and saves it: one file at a time, a toast while it takes
 * long, a toast saying where it went or that it failed. Making a file never changes the roadmap.
 */
export function useFileDownload<Kind extends string>() {
  const toast = useToast();
  const [busy, setBusy] = useState<Kind | null>(null);
  // The state lags a render behind; a second press in the same frame must not start a second file.
  const running = useRef(false);

  const download = async (kind: Kind, make: () => Promise<MadeFile>, words: FileDownloadWords) => {
    if (running.current) return;
    running.current = true;
    setBusy(kind);
    const making = words.making;
    const progress = making
      ? window.setTimeout(() => toast({ message: making }), progressDelayMs)
      : undefined;
    try {
      const { fileName, blob } = await make();
      downloadBlob(fileName, blob);
      toast({ message: words.saved(fileName) });
    } catch (error) {
      const detail = error instanceof Error ? error.message : String(error);
      toast({ tone: 'error', message: words.failed(detail) });
    } finally {
      window.clearTimeout(progress);
      running.current = false;
      setBusy(null);
    }
  };

  return { busy, download };
}
