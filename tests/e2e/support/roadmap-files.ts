import { readFile } from 'node:fs/promises';
import type { Download } from '@playwright/test';

/** A minimal valid `rotta-roadmap` file (version 1), built by hand as another tool would. */
export function roadmapFile(name: string, notes: Record<string, string> = {}) {
  const at = '2026-03-01T09:00:00.000Z';
  const roadmapId = 'file-roadmap-1';
  return {
    format: 'rotta-roadmap',
    version: 1,
    exportedAt: at,
    roadmap: {
      id: roadmapId,
      name,
      company: '',
      workshopDate: '',
      author: '',
      notes: '',
      createdAt: at,
      updatedAt: at,
    },
    rows: {
      stageNotes: Object.entries(notes).map(([stage, text], index) => ({
        id: `file-note-${index + 1}`,
        roadmapId,
        stage,
        text,
        createdAt: at,
        updatedAt: at,
      })),
    },
  };
}

export function jsonFile(name: string, content: unknown) {
  const text = typeof content === 'string' ? content : JSON.stringify(content);
  return { name, mimeType: 'application/json', buffer: Buffer.from(text, 'utf8') };
}

export async function readDownloadedJson(download: Download): Promise<unknown> {
  const path = await download.path();
  return JSON.parse(await readFile(path, 'utf8')) as unknown;
}
