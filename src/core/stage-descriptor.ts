import type { QueryClient } from '@tanstack/react-query';
import type { ComponentType, ReactNode } from 'react';
import type { z } from 'zod';
import type { StageSlug } from '../lib/stages';
import type { Roadmap, StageFigures, StageStatus } from './roadmap';
import type { StageNote } from './stage-note';

/**
 * The row type of every stage table, by table name. Each stage's `stage.ts` adds its own tables
 * to this interface (declaration merging), so the typed database, the file rows and the progress
 * rules all know a table as soon as its stage declares it, and no shared file lists them.
 */
// eslint-disable-next-line @typescript-eslint/no-empty-object-type -- filled by each stage.ts
export interface StageRowTypes {}

export type StageTableName = keyof StageRowTypes & string;

/** Every stage row belongs to one roadmap. */
export interface RoadmapRow {
  id: string;
  roadmapId: string;
}

/** One table of a stage: how it is stored, validated and carried in a roadmap file. */
export interface StageTable<Row = unknown> {
  /** Validates a row read from a file; its output type is the table's row type. */
  schema: z.ZodType<Row>;
  /**
   * The Dexie index string of the latest database version. Shipped versions stay literal in
   * `db/schema-history.ts`; a test checks that the latest one equals what the stages declare.
   */
  indexes: string;
  /**
   * At most this many rows per roadmap (1: the row describes the whole roadmap). Chosen per table
   * so that the stage stays quick at the limit (the bench opens a roadmap with every table full);
   * a file with more is refused, and a write that would pass it is refused and stores nothing.
   */
  maxRows: number;
  /** The roadmap file version that first carried the table; older files get it empty. */
  sinceFileVersion: number;
}

/** How a progress rule reads a table: every row of the roadmap, or only whether one exists. */
export type ReadMode = 'all' | 'any';

export type RowsOf<Name extends StageTableName> = {
  readonly [Table in Name]: readonly StageRowTypes[Table][];
};

/** Every row of one roadmap, as carried in a file: the app's notes and every stage's tables. */
export type RoadmapRows = { stageNotes: StageNote[] } & {
  [Table in StageTableName]: StageRowTypes[Table][];
};

/**
 * A stage's progress rule: a pure function of the rows it declares it reads. It says "done" by the
 * stage's own completion rule, "in-progress" once anything was put in; notes count as a start
 * for every stage without the rule having to read them.
 */
export interface ProgressRule {
  reads: { readonly [Table in StageTableName]?: ReadMode };
  status(rows: RowsOf<StageTableName>): StageStatus;
  /**
   * The numbers the strategy map shows from this stage, from the same rows: kept with the roadmap
   * at each write (`roadmap.figures`), so the map need not read every row behind them.
   */
  figures?(rows: RowsOf<StageTableName>): StageFigures;
}

/** Texts a new roadmap's first rows are written with, in the user's language. */
export interface NewRoadmapTexts {
  /** The own company's name when the roadmap names no company. */
  ownCompanyFallback: string;
}

/** Reports one problem of a file at a path below `rows`. */
export type ReportFileIssue = (message: string, path: (string | number)[]) => void;

export interface StageScreenProps {
  roadmapId: string;
  /** Another stage's panel shown on top of this stage's tools (see `context`). */
  context?: ReactNode;
}

export type PanelProps = { roadmapId: string };

/** Loads a component's code on demand; screens stay out of the descriptor's own chunk. */
export type LoadComponent<P> = () => Promise<ComponentType<P>>;

export interface StageDescriptor {
  /** The URL segment, `/roadmaps/:roadmapId/:slug`; part of the public URL contract. */
  slug: StageSlug;
  /** The tables whose rows belong to this stage; export, import, duplicate and delete walk them. */
  tables: { readonly [Table in StageTableName]?: StageTable<StageRowTypes[Table]> };
  progress?: ProgressRule;
  /** Cross-row checks of a file (references, uniqueness), after each row passed its schema. */
  checkFile?(rows: RoadmapRows, issue: ReportFileIssue): void;
  /** The tables of this stage the strategy map is drawn from. */
  mapTables?: readonly StageTableName[];
  /** The stage's tools, below its heading and above its notes. */
  screen?: LoadComponent<StageScreenProps>;
  /** Panels other stages may show (by name), e.g. the starting point's gaps above the goals. */
  panels?: Readonly<Record<string, LoadComponent<PanelProps>>>;
  /** Another stage's panel this stage shows on top of its tools. */
  context?: { stage: StageSlug; panel: string };
  /**
   * The rows a new roadmap starts with in this stage's tables, validated by their schemas. The
   * texts are in the user's language (e.g. `ownCompanyFallback`).
   */
  newRoadmapRows?(roadmap: Roadmap, texts: NewRoadmapTexts): Partial<RoadmapRows>;
  /**
   * Loads the module that declares the stage's writes (`defineWrite`, named `<slug>.<op>`), so an
   * edit left as a draft at a reload can be replayed before the stage's screen is ever shown.
   */
  writes?: () => Promise<unknown>;
  /**
   * Loads the code that reads the stage's data (its queries and its repository). The idle preload fetches it with
   * the screen, so a first visit starts its query at once instead of after a round of imports.
   */
  reads?: () => Promise<unknown>;
  /** Starts loading the stage's data (and the code behind it) while its screen loads. */
  prefetch?(queryClient: QueryClient, roadmapId: string): Promise<unknown>[];
}

/**
 * Types a progress rule against the tables it reads; the result fits any descriptor. Core hands
 * the rule exactly the tables listed in `reads`.
 */
export function progressRule<Name extends StageTableName>(rule: {
  reads: { readonly [Table in Name]: ReadMode };
  status(rows: RowsOf<Name>): StageStatus;
  figures?(rows: RowsOf<Name>): StageFigures;
}): ProgressRule {
  return rule;
}

/** Keeps the literal types of a descriptor while checking it against the descriptor type. */
export function defineStage<const Descriptor extends StageDescriptor>(
  descriptor: Descriptor,
): Descriptor {
  return descriptor;
}

/** The table names a list of descriptors declares, in stage order. */
export function stageTableNames(stages: readonly StageDescriptor[]): StageTableName[] {
  return stages.flatMap((stage) => Object.keys(stage.tables) as StageTableName[]);
}

/** The table entries of a list of descriptors, in stage order. */
export function stageTableEntries(
  stages: readonly StageDescriptor[],
): [StageTableName, StageTable][] {
  return stages.flatMap((stage) => Object.entries(stage.tables) as [StageTableName, StageTable][]);
}

/**
 * A loader of code on demand (`() => import(...)`) that keeps what it loaded, for the stage
 * descriptors and the stages' queries. The browser settles every `import()` in a task of its own,
 * even for a module it has already run, so a press that starts a read through two imports waits
 * behind whatever the page queued first: the render of the navigation the same press starts, 20
 * to 40 ms. Once here, the kept promise settles in a microtask, within the press. A load that
 * fails is forgotten, so the next call tries again. (`loadedOnce` in components/ui keeps the
 * components the first page loads on demand the same way: importing this into the first page's
 * code would add a file to it.)
 */
export function loadOnce<Module>(load: () => Promise<Module>): () => Promise<Module> {
  let loading: Promise<Module> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}
