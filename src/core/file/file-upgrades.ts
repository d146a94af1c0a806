import { stageTableEntries } from '../stage-descriptor';
import { registeredStages } from '../stage-registry';
import { currentRoadmapFileVersion, roadmapFileVersion } from './roadmap-file';

/** Used when an old roadmap has no company name; the user can rename it. */
export const ownCompanyFallbackName = 'Our company';

type PlainObject = Record<string, unknown>;

/**
 * Upgrades from each older roadmap file version to the next, keyed by the version they read.
 * These are shipped history up to version 6. A later change that only adds a stage table needs
 * nothing here (see `addNewStageTables`); any other change adds `n: (file) => file at n + 1`,
 * raises `currentRoadmapFileVersion` and keeps a fixture of version n in the tests.
 */
const roadmapFileUpgrades: Record<number, (file: PlainObject) => PlainObject> = {
  // Version 2 added the starting point (subjects, assessors, scores) and goals. Every roadmap
  // has its own company as a subject, so one is created, named after the roadmap's company.
  1: (file) => {
    const roadmap = (file.roadmap ?? {}) as PlainObject;
    const rows = (file.rows ?? {}) as PlainObject;
    const stamp =
      typeof roadmap.createdAt === 'string' ? roadmap.createdAt : new Date(0).toISOString();
    const company =
      typeof roadmap.company === 'string' && roadmap.company.trim() !== ''
        ? roadmap.company.trim()
        : '';
    return {
      ...file,
      rows: {
        ...rows,
        subjects: [
          {
            id: `${String(roadmap.id)}-own-company`,
            roadmapId: roadmap.id,
            createdAt: stamp,
            updatedAt: stamp,
            kind: 'own',
            name: company.slice(0, 120) || ownCompanyFallbackName,
            website: '',
            notes: '',
            evidence: { digital: '', culture: '' },
            offeredChannels: [],
            position: 0,
          },
        ],
        assessors: [],
        scores: [],
        goals: [],
      },
    };
  },
  // Version 3 added stage 3 (channels, demographics, survey, savings plan): empty lists.
  2: (file) => ({
    ...file,
    rows: {
      ...((file.rows ?? {}) as PlainObject),
      channels: [],
      demographics: [],
      surveys: [],
      savingsPlans: [],
    },
  }),
  // Version 4 added stage 4 (KPIs, measurements) and stage 5 (journey phases, touchpoints).
  3: (file) => ({
    ...file,
    rows: {
      ...((file.rows ?? {}) as PlainObject),
      kpis: [],
      measurements: [],
      journeyPhases: [],
      touchpoints: [],
    },
  }),
  // Version 5 added stage 6 (training) and stage 7 (go-live plan, rollouts, checklist).
  4: (file) => ({
    ...file,
    rows: {
      ...((file.rows ?? {}) as PlainObject),
      trainingRoles: [],
      trainingPeople: [],
      competencies: [],
      competencyLevels: [],
      trainingModules: [],
      goLivePlans: [],
      rollouts: [],
      readinessItems: [],
    },
  }),
  // Version 6 split the savings plan's failures in two: `failureRatePercent` (moved contacts the
  // new channel does not resolve) and `failureSharePercent` (those of them that call back). A
  // version 5 plan applied its share to every moved contact, as a 100% failure rate does, so it
  // gets 100 and its results stay the same.
  5: (file) => {
    const rows = (file.rows ?? {}) as PlainObject;
    if (!Array.isArray(rows.savingsPlans)) return file;
    const savingsPlans = (rows.savingsPlans as unknown[]).map((plan) =>
      typeof plan === 'object' && plan !== null && !('failureRatePercent' in plan)
        ? { ...plan, failureRatePercent: 100 }
        : plan,
    );
    return { ...file, rows: { ...rows, savingsPlans } };
  },
};

/**
 * After `currentRoadmapFileVersion`, a new version only adds stage tables: a file older than a table gets it
 * empty, as each table's `sinceFileVersion` says. No upgrade has to be written for that.
 */
function addNewStageTables(file: PlainObject, toVersion: number): PlainObject {
  const rows = { ...((file.rows ?? {}) as PlainObject) };
  for (const [name, table] of stageTableEntries(registeredStages())) {
    if (table.sinceFileVersion === toVersion && !(name in rows)) rows[name] = [];
  }
  return { ...file, rows };
}

/**
 * The stage tables with rows in a file that a file of `version` cannot have carried: a file that
 * claims an older version than its contents would otherwise lose them to the upgrade. (An empty
 * list loses nothing and is let through.)
 */
export function tablesTooNewFor(file: PlainObject, version: number): string[] {
  const rows = file.rows;
  if (typeof rows !== 'object' || rows === null) return [];
  const held = rows as PlainObject;
  return stageTableEntries(registeredStages())
    .filter(([name, table]) => {
      if (table.sinceFileVersion <= version || !(name in held)) return false;
      const value = held[name];
      return !Array.isArray(value) || value.length > 0;
    })
    .map(([name]) => name);
}

/** Brings a parsed roadmap file of any known older version up to the current one. */
export function upgradeRoadmapFile(file: PlainObject, fromVersion: number): PlainObject {
  let upgraded = file;
  const latest = roadmapFileVersion();
  for (let version = fromVersion; version < latest; version += 1) {
    if (version < currentRoadmapFileVersion) {
      const upgrade = roadmapFileUpgrades[version];
      if (!upgrade) throw new Error(`No upgrade from roadmap file version ${version}`);
      upgraded = { ...upgrade(upgraded), version: version + 1 };
    } else {
      upgraded = { ...addNewStageTables(upgraded, version + 1), version: version + 1 };
    }
  }
  return upgraded;
}
