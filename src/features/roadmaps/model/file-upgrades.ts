import { currentRoadmapFileVersion } from './roadmap-file';

type PlainObject = Record<string, unknown>;

/**
 * Upgrades from each older roadmap file version to the next, keyed by the version they read.
 * When the format changes: bump `currentRoadmapFileVersion`, add `n: (file) => file at n + 1`
 * here, and keep a fixture of version n in the tests.
 */
const roadmapFileUpgrades: Record<number, (file: PlainObject) => PlainObject> = {};

/** Brings a parsed roadmap file of any known older version up to the current one. */
export function upgradeRoadmapFile(file: PlainObject, fromVersion: number): PlainObject {
  let upgraded = file;
  for (let version = fromVersion; version < currentRoadmapFileVersion; version += 1) {
    const upgrade = roadmapFileUpgrades[version];
    if (!upgrade) throw new Error(`No upgrade from roadmap file version ${version}`);
    upgraded = { ...upgrade(upgraded), version: version + 1 };
  }
  return upgraded;
}
