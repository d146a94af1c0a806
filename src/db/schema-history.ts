import type { Transaction } from 'dexie';
import { holdsXmlIllegalText, replaceXmlIllegalIn } from '../lib/xml-text';

/**
 * Every shipped version of the database, oldest first. A shipped entry is never edited: a change
 * appends a new version with its `upgrade`, and a test opens a database written by the version
 * before it. Index only what is queried.
 */
export interface DatabaseVersion {
  version: number;
  stores: Record<string, string | null>;
  upgrade?: (transaction: Transaction) => Promise<void>;
}

export const databaseVersions: readonly DatabaseVersion[] = [
  {
    version: 1,
    stores: {
      roadmaps: 'id, updatedAt',
      stageNotes: 'id, roadmapId, &[roadmapId+stage]',
    },
  },
  {
    // Stage 1 (starting point) and stage 2 (goals). Every roadmap gets its own company as the
    // first subject, named after the roadmap's company.
    version: 2,
    stores: {
      subjects: 'id, roadmapId',
      assessors: 'id, roadmapId',
      scores: 'id, roadmapId, subjectId, assessorId, &[assessorId+subjectId+theme]',
      goals: 'id, roadmapId',
    },
    upgrade: async (transaction) => {
      const roadmaps = await transaction.table('roadmaps').toArray();
      await transaction.table('subjects').bulkAdd(
        roadmaps.map((roadmap) => ({
          id: `${String(roadmap.id)}-own-company`,
          roadmapId: roadmap.id,
          createdAt: roadmap.createdAt,
          updatedAt: roadmap.createdAt,
          kind: 'own',
          name:
            String(roadmap.company ?? '')
              .trim()
              .slice(0, 120) || 'Our company',
          website: '',
          notes: '',
          evidence: { digital: '', culture: '' },
          offeredChannels: [],
          position: 0,
        })),
      );
    },
  },
  {
    // Stage 3 (channels): the roadmap's channels, and one row each of demographics, survey and
    // savings plan per roadmap. New tables only: nothing to move.
    version: 3,
    stores: {
      channels: 'id, roadmapId',
      demographics: 'id, &roadmapId',
      surveys: 'id, &roadmapId',
      savingsPlans: 'id, &roadmapId',
    },
  },
  {
    // Stage 4 (KPIs and their measurements) and stage 5 (journey phases and touchpoints). New
    // tables only. A KPI has one value per date, so a second one on the same date is refused.
    version: 4,
    stores: {
      kpis: 'id, roadmapId',
      measurements: 'id, roadmapId, kpiId, &[kpiId+date]',
      journeyPhases: 'id, roadmapId',
      touchpoints: 'id, roadmapId, phaseId',
    },
  },
  {
    // Stage 6 (training: roles, people, competencies, their levels, modules) and stage 7 (the
    // go-live plan, one rollout per channel, the readiness checklist). New tables only. A level is
    // unique per holder, competency and kind; a channel has one rollout.
    version: 5,
    stores: {
      trainingRoles: 'id, roadmapId',
      trainingPeople: 'id, roadmapId, roleId',
      competencies: 'id, roadmapId',
      competencyLevels: 'id, roadmapId, competencyId, &[holderId+competencyId+kind]',
      trainingModules: 'id, roadmapId',
      goLivePlans: 'id, &roadmapId',
      rollouts: 'id, roadmapId, &channelId',
      readinessItems: 'id, roadmapId',
    },
  },
  {
    // The undo journal: each roadmap's steps in order, so Undo and Redo survive a reload. New
    // table only.
    version: 6,
    stores: {
      undoSteps: 'id, roadmapId, [roadmapId+seq], [roadmapId+state]',
    },
  },
  {
    // Text may no longer hold characters XML cannot carry (control characters such as U+000B):
    // they broke the strategy map's SVG, and the schemas now refuse them. Rows stored before get
    // a space for each, so that they can still be edited, exported and imported again. No store
    // changes.
    version: 7,
    stores: {},
    upgrade: async (transaction) => {
      for (const name of transaction.storeNames) {
        // Tables of later versions are listed but not created yet when this runs: they are empty.
        if (!transaction.idbtrans.objectStoreNames.contains(name)) continue;
        const table = transaction.table(name);
        const rows = (await table.toArray()) as unknown[];
        const changed = rows.filter(holdsXmlIllegalText).map((row) => replaceXmlIllegalIn(row));
        if (changed.length > 0) await table.bulkPut(changed);
      }
    },
  },
  {
    // A savings plan gets `failureRatePercent`, the share of moved contacts the new channel does
    // not resolve; `failureSharePercent` is now the share of those failures that call back.
    // Before, that share applied to every moved contact, which is what a 100% failure rate does:
    // stored plans (and the plans in the undo journal) get 100, so their results stay exactly as
    // they were until the team types their own rate. No store changes.
    version: 8,
    stores: {},
    upgrade: async (transaction) => {
      const addRate = (plan: unknown) => {
        if (typeof plan === 'object' && plan !== null && !('failureRatePercent' in plan))
          Object.assign(plan, { failureRatePercent: 100 });
      };
      await transaction.table('savingsPlans').toCollection().modify(addRate);
      await transaction
        .table('undoSteps')
        .toCollection()
        .modify((step: { changes?: unknown }) => {
          if (!Array.isArray(step.changes)) return;
          for (const change of step.changes as {
            table?: unknown;
            before?: unknown;
            after?: unknown;
          }[]) {
            if (change.table !== 'savingsPlans') continue;
            addRate(change.before);
            addRate(change.after);
          }
        });
    },
  },
  {
    // Dot-votes: the room's dots on the goals (stage 2) and on the channels (stage 3), one row
    // per voter and option, so the live room can fill the same rows. New tables only.
    version: 9,
    stores: {
      goalVotes: 'id, roadmapId, optionId, &[optionId+voter]',
      channelVotes: 'id, roadmapId, optionId, &[optionId+voter]',
    },
  },
];

export const latestDatabaseVersion = databaseVersions.at(-1)?.version ?? 1;

/**
 * What Dexie is told about the versions up to `upToVersion`: each one with an upgrade, and the
 * last, each declaring every table up to it. Since Dexie 3 an installed database's own schema is
 * read when it opens, so a version without an upgrade needs no declaration. Declaring all of
 * them cost the start dearly: every declaration makes Dexie parse every version declared before
 * it again and rebuild every table's API, and that was a 60-80 ms task at each page load.
 */
export function dexieDeclarations(
  versions: readonly DatabaseVersion[],
  upToVersion: number,
): DatabaseVersion[] {
  const shipped = versions.filter((entry) => entry.version <= upToVersion);
  const declared: DatabaseVersion[] = [];
  let stores: DatabaseVersion['stores'] = {};
  shipped.forEach((entry, index) => {
    stores = { ...stores, ...entry.stores };
    if (entry.upgrade || index === shipped.length - 1) declared.push({ ...entry, stores });
  });
  return declared;
}
