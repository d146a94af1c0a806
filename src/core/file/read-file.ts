import type { z } from 'zod';
import { describeIssue, formatPath, type Problem } from '../../lib/describe-issue';
import { tablesTooNewFor, upgradeRoadmapFile } from './file-upgrades';
import {
  backupFileFormat,
  currentBackupFileVersion,
  roadmapFileFormat,
  roadmapFileSchemas,
  roadmapFileVersion,
  type BackupFile,
  type RoadmapFile,
} from './roadmap-file';

export const maxFileBytes = 20 * 1024 * 1024;
const maxProblemsShown = 5;
const forbiddenKeys = new Set(['__proto__', 'constructor', 'prototype']);

export type ReadResult<T> = { ok: true; value: T } | { ok: false; problems: Problem[] };

type PlainObject = Record<string, unknown>;

function isPlainObject(value: unknown): value is PlainObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function fail(problem: Problem): { ok: false; problems: Problem[] } {
  return { ok: false, problems: [problem] };
}

/** Finds the first key that could tamper with object prototypes, with its path. */
function findForbiddenKey(value: unknown, path: (string | number)[] = []): string | null {
  if (Array.isArray(value)) {
    for (let index = 0; index < value.length; index += 1) {
      const found = findForbiddenKey(value[index], [...path, index]);
      if (found !== null) return found;
    }
    return null;
  }
  if (!isPlainObject(value)) return null;
  for (const key of Object.keys(value)) {
    if (forbiddenKeys.has(key)) return formatPath([...path, key]);
    const found = findForbiddenKey(value[key], [...path, key]);
    if (found !== null) return found;
  }
  return null;
}

/** A roadmap file nests six levels deep; far deeper is not one, and would exhaust the stack. */
const maxNesting = 64;

/** How deeply the text nests arrays and objects, reading past strings; stops once over `limit`. */
export function nestingDepth(text: string, limit = maxNesting): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let index = 0; index < text.length; index += 1) {
    const char = text.charCodeAt(index);
    if (inString) {
      if (char === 0x5c)
        index += 1; // a backslash escapes the next character
      else if (char === 0x22) inString = false;
    } else if (char === 0x22) inString = true;
    else if (char === 0x5b || char === 0x7b) {
      depth += 1;
      if (depth > deepest) deepest = depth;
      if (deepest > limit) return deepest;
    } else if (char === 0x5d || char === 0x7d) depth -= 1;
  }
  return deepest;
}

/**
 * Where the JSON parser stopped, as the line and column a text editor shows, or that the text
 * ends too soon (a file cut off while saving or copying). The parser's own English words are
 * not shown: they are not the user's language.
 */
function jsonProblem(text: string, error: unknown): Problem {
  const message = error instanceof Error ? error.message : '';
  if (/end of JSON/i.test(message)) return { key: 'importing.cutShort' };
  const position = /position (\d+)/.exec(message)?.[1];
  // Some of the parser's messages give no position.
  if (position === undefined) return { key: 'importing.notJson' };
  const at = Number(position);
  if (at >= text.trimEnd().length) return { key: 'importing.cutShort' };
  const before = text.slice(0, at);
  const lineStart = before.lastIndexOf('\n');
  let line = 1;
  for (let index = before.indexOf('\n'); index !== -1; index = before.indexOf('\n', index + 1)) {
    line += 1;
  }
  return { key: 'importing.notJsonAt', values: { line, column: at - lineStart } };
}

function parseJson(text: string): ReadResult<unknown> {
  if (text.length > maxFileBytes) {
    return fail({ key: 'importing.tooLarge', values: { megabytes: maxFileBytes / 1024 / 1024 } });
  }
  if (text.trim() === '') return fail({ key: 'importing.empty' });
  if (nestingDepth(text) > maxNesting) {
    return fail({ key: 'importing.tooDeep', values: { levels: maxNesting } });
  }
  let parsed: unknown;
  try {
    // -0 is zero: no form can type it, and it would show as "-0".
    parsed = JSON.parse(text, (_key, value: unknown) => (Object.is(value, -0) ? 0 : value));
  } catch (error) {
    return fail(jsonProblem(text, error));
  }
  const forbidden = findForbiddenKey(parsed);
  if (forbidden !== null) return fail({ key: 'importing.forbiddenKey', where: forbidden });
  return { ok: true, value: parsed };
}

function issuesToProblems(issues: readonly z.core.$ZodIssue[]): Problem[] {
  // One problem per place: zod may add a second, vaguer issue for the same value.
  const seen = new Set<string>();
  const firstPerPlace = issues.filter((issue) => {
    const where = formatPath(issue.path);
    if (seen.has(where)) return false;
    seen.add(where);
    return true;
  });
  const problems: Problem[] = firstPerPlace.slice(0, maxProblemsShown).map((issue) => {
    const problem = describeIssue(issue as unknown as Parameters<typeof describeIssue>[0]);
    const where = formatPath(issue.path);
    // "More than 600 touchpoints" already says where, unless it is one roadmap of a backup.
    const saysWhere = problem.key === 'limits.fileTooMany' && issue.path.length === 2;
    return where === '' || saysWhere ? problem : { ...problem, where };
  });
  if (firstPerPlace.length > maxProblemsShown) {
    problems.push({
      key: 'importing.moreProblems',
      values: { count: firstPerPlace.length - maxProblemsShown },
    });
  }
  return problems;
}

/** Checks the format name and version, and upgrades an older roadmap file to the current one. */
function upgradeToCurrent(
  value: unknown,
  prefix: (string | number)[] = [],
): ReadResult<PlainObject> {
  const where = formatPath(prefix) || undefined;
  if (!isPlainObject(value))
    return fail({ key: 'importing.notRotta', ...(where ? { where } : {}) });
  if (value.format === backupFileFormat && prefix.length === 0)
    return fail({ key: 'importing.isBackup' });
  if (value.format !== roadmapFileFormat)
    return fail({ key: 'importing.notRotta', ...(where ? { where } : {}) });
  const version = value.version;
  if (typeof version !== 'number' || !Number.isInteger(version) || version < 1) {
    return fail({ key: 'importing.badVersion', where: formatPath([...prefix, 'version']) });
  }
  const supported = roadmapFileVersion();
  if (version > supported) {
    return fail({ key: 'importing.newerVersion', values: { version, supported } });
  }
  const tooNew = tablesTooNewFor(value, version);
  if (tooNew.length > 0) {
    return fail({
      key: 'importing.tablesTooNew',
      values: { version, tables: tooNew.join(', ') },
      // The message names the tables; within a backup it says which roadmap.
      ...(where ? { where } : {}),
    });
  }
  return { ok: true, value: upgradeRoadmapFile(value, version) };
}

/** Reads a `rotta-roadmap` file. Nothing here touches the database. */
export function readRoadmapFile(text: string): ReadResult<RoadmapFile> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const upgraded = upgradeToCurrent(parsed.value);
  if (!upgraded.ok) return upgraded;
  const result = roadmapFileSchemas().file.safeParse(upgraded.value, { reportInput: true });
  if (!result.success) return { ok: false, problems: issuesToProblems(result.error.issues) };
  // The schema is built from the stage descriptors; what it accepts is a RoadmapFile.
  return { ok: true, value: result.data as unknown as RoadmapFile };
}

/** Reads a `rotta-backup` file; each roadmap in it is upgraded like a single roadmap file. */
export function readBackupFile(text: string): ReadResult<BackupFile> {
  const parsed = parseJson(text);
  if (!parsed.ok) return parsed;
  const value = parsed.value;
  if (!isPlainObject(value)) return fail({ key: 'importing.notRotta' });
  if (value.format === roadmapFileFormat) return fail({ key: 'importing.isRoadmap' });
  if (value.format !== backupFileFormat) return fail({ key: 'importing.notRotta' });
  if (typeof value.version !== 'number' || !Number.isInteger(value.version) || value.version < 1) {
    return fail({ key: 'importing.badVersion', where: 'version' });
  }
  if (value.version > currentBackupFileVersion) {
    return fail({
      key: 'importing.newerVersion',
      values: { version: value.version, supported: currentBackupFileVersion },
    });
  }
  if (!Array.isArray(value.roadmaps)) return fail({ key: 'validation.missing', where: 'roadmaps' });
  const roadmaps: PlainObject[] = [];
  for (const [index, entry] of value.roadmaps.entries()) {
    const upgraded = upgradeToCurrent(entry, ['roadmaps', index]);
    if (!upgraded.ok) return upgraded;
    roadmaps.push(upgraded.value);
  }
  const result = roadmapFileSchemas().backup.safeParse(
    { ...value, roadmaps },
    { reportInput: true },
  );
  if (!result.success) return { ok: false, problems: issuesToProblems(result.error.issues) };
  return { ok: true, value: result.data as unknown as BackupFile };
}
