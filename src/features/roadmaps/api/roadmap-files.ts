import type { Problem } from '../../../lib/describe-issue';
import { isoDay } from '../../../lib/dates';
import { downloadTextFile, safeFileName } from '../../../lib/download';
import { loadStages } from '../../../core/stage-registry';
import { describeStorageError } from '../../../lib/storage-errors';
import type { Roadmap } from '../../../core/roadmap';
import { maxFileBytes, readBackupFile, readRoadmapFile } from '../../../core/file/read-file';
import { buildSampleRoadmapFile, type SampleTexts } from '../model/sample-roadmap';
import {
  exportLibrary,
  exportRoadmap,
  importRoadmapFile,
  restoreLibraryBackup,
} from './roadmaps-repository';

/**
 * Moving roadmaps in and out as files. Every reader validates the whole file before a single row
 * is written, and every writer is one transaction. Screens load this module on first use.
 */
export type FileOutcome<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

async function readSmallFile(file: File): Promise<FileOutcome<string>> {
  // Refuse before reading: a huge file would freeze the tab while being read.
  if (file.size > maxFileBytes) {
    return {
      ok: false,
      problems: [{ key: 'importing.tooLarge', values: { megabytes: maxFileBytes / 1024 / 1024 } }],
    };
  }
  return { ok: true, value: await file.text() };
}

async function writeSafely<T>(write: () => Promise<T>): Promise<FileOutcome<T>> {
  try {
    return { ok: true, value: await write() };
  } catch (error) {
    return { ok: false, problems: [describeStorageError(error)] };
  }
}

export function roadmapFileName(roadmap: Pick<Roadmap, 'name'>): string {
  return `${safeFileName(roadmap.name)}.rotta.json`;
}

export function backupFileName(date = new Date()): string {
  return `rotta-backup-${isoDay(date)}.json`;
}

export async function downloadRoadmap(roadmap: Pick<Roadmap, 'id' | 'name'>): Promise<string> {
  await loadStages();
  const file = await exportRoadmap(roadmap.id);
  const fileName = roadmapFileName(roadmap);
  downloadTextFile(fileName, JSON.stringify(file, null, 2));
  return fileName;
}

export async function downloadLibraryBackup(): Promise<{ fileName: string; count: number }> {
  await loadStages();
  const backup = await exportLibrary();
  const fileName = backupFileName();
  if (backup.roadmaps.length > 0) downloadTextFile(fileName, JSON.stringify(backup));
  return { fileName, count: backup.roadmaps.length };
}

export async function importRoadmapFromFile(file: File): Promise<FileOutcome<Roadmap>> {
  await loadStages();
  const text = await readSmallFile(file);
  if (!text.ok) return text;
  const read = readRoadmapFile(text.value);
  if (!read.ok) return read;
  return writeSafely(() => importRoadmapFile(read.value));
}

export async function restoreBackupFromFile(file: File): Promise<FileOutcome<number>> {
  await loadStages();
  const text = await readSmallFile(file);
  if (!text.ok) return text;
  const read = readBackupFile(text.value);
  if (!read.ok) return read;
  return writeSafely(() => restoreLibraryBackup(read.value));
}

export async function loadSampleRoadmap(texts: SampleTexts): Promise<FileOutcome<Roadmap>> {
  await loadStages();
  return writeSafely(() => importRoadmapFile(buildSampleRoadmapFile(texts)));
}
