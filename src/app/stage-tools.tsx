import { startTransition, useEffect, useState, type ReactNode } from 'react';
import type { QueryClient } from '@tanstack/react-query';
import type { PanelProps, StageDescriptor, StageScreenProps } from '../core/stage-descriptor';
import { stageScopeClass, type StageSlug } from '../lib/stages';
import { preloadable, type Preloadable } from './preloadable';
import { stageNoteQueries } from '../features/stages/api/stage-notes';
import { stages } from './stages';

/*
 * Where the stage features meet: each stage's screen and panels, from its descriptor, loaded on
 * first visit. Stages without a screen show the "on their way" message and their notes.
 */
const screens = new Map<StageSlug, Preloadable<StageScreenProps>>();
const panels = new Map<string, Preloadable<PanelProps>>();
for (const stage of stages) {
  if (stage.screen)
    screens.set(
      stage.slug,
      preloadable(stage.screen, (screen) => screen),
    );
  for (const [name, load] of Object.entries(stage.panels ?? {})) {
    panels.set(
      `${stage.slug}/${name}`,
      preloadable(load, (panel) => panel),
    );
  }
}

const descriptorOf = (slug: StageSlug): StageDescriptor | undefined =>
  stages.find((stage) => stage.slug === slug);

function contextPanel(stage: StageDescriptor | undefined) {
  return stage?.context ? panels.get(`${stage.context.stage}/${stage.context.panel}`) : undefined;
}

/**
 * The page still shows a loading placeholder: a stage reading its data, or its charts' code.
 * The same selector as first-paint.ts's `loadingPlaceholder`, written out: importing it would
 * split that module out of the first route into a chunk of its own, over the size budget.
 */
const isPageLoading = () => document.querySelector('#root p[aria-busy="true"]') !== null;
/** After this long the preload starts even if a placeholder stays (one waiting to be scrolled to). */
const preloadWaitCapMs = 3000;
/**
 * The files of every stage's code, each after those it imports, as the build lists them in the
 * page (`stageCodeList` in vite.config.ts).
 */
function stageCodeFiles(): string[] {
  try {
    const list: unknown = JSON.parse(
      document.getElementById('rotta-stage-code')?.textContent ?? '[]',
    );
    return Array.isArray(list)
      ? list.filter((file): file is string => typeof file === 'string' && file.startsWith('/'))
      : [];
  } catch {
    return [];
  }
}

/** Files fetched side by side: the network stays free for anything else the page asks for. */
const fetchBatch = 6;

/** Has the browser fetch a file of code (and compile it) without running it; never fails. */
function fetchWithoutRunning(file: string): Promise<void> {
  return new Promise((resolve) => {
    const link = document.createElement('link');
    link.rel = 'modulepreload';
    // Made as the app's own module requests are, so that running the file reuses what came.
    link.crossOrigin = '';
    link.href = file;
    link.onload = link.onerror = () => resolve();
    document.head.append(link);
  });
}

const whenIdle = () =>
  new Promise<void>((resolve) => {
    if (typeof requestIdleCallback === 'function')
      requestIdleCallback(() => resolve(), { timeout: 1000 });
    else setTimeout(resolve, 50);
  });

const pageLoaded = () =>
  new Promise<void>((resolve) => {
    if (document.readyState === 'complete') resolve();
    else window.addEventListener('load', () => resolve(), { once: true });
  });

/**
 * Loads every stage's code after a roadmap opens, so that moving to another stage waits only for
 * its data. Code only, never data; a failure just leaves the stage to load on its first visit.
 * Once the page has loaded and the open stage has drawn what it was loading, the code that reads
 * each stage's data loads first, a stage at a time in idle moments, so a first visit starts its
 * read at the press. Then the browser fetches the stages' other files a few at a time without
 * running them, and runs them one by one, each after those it imports and each in a moment the
 * browser is idle. A stage's code run at once would hold the page for 10 to 25 ms; one file at a
 * time takes a few milliseconds, so nothing of it holds up the first clicks and key presses.
 * Then each stage's loaders mark their code as here (and add its stylesheet). A stage the user
 * points at or tabs to in the stepper loads at once (`prefetchStageTools`).
 */
export function preloadStageCode(): () => void {
  const reads = stages.flatMap((stage) => (stage.reads ? [stage.reads] : []));
  const loaders = [...screens.values(), ...panels.values()].map((stage) => stage.load);
  let cancelled = false;
  /** Runs each load in a moment the browser is idle, one after another; false once cancelled. */
  const loadWhenIdle = async (loads: readonly (() => Promise<unknown>)[]) => {
    for (const load of loads) {
      await whenIdle();
      if (cancelled) return false;
      await load().catch(() => undefined);
    }
    return true;
  };
  void (async () => {
    await pageLoaded();
    const loadedAt = performance.now();
    while (isPageLoading() && performance.now() - loadedAt < preloadWaitCapMs) {
      await whenIdle();
      if (cancelled) return;
    }
    // First the code that reads each stage's data, a few small files a stage: a stage opened
    // while the rest still loads then starts its read at the press, not after imports.
    if (!(await loadWhenIdle(reads))) return;
    const files = stageCodeFiles();
    for (let at = 0; at < files.length; at += fetchBatch) {
      if (cancelled) return;
      await Promise.all(files.slice(at, at + fetchBatch).map(fetchWithoutRunning));
    }
    const runs = files.map((file) => () => import(/* @vite-ignore */ file));
    await loadWhenIdle([...runs, ...loaders]);
  })();
  return () => {
    cancelled = true;
  };
}

/** The code a stage's first render needs: its screen and the panel it borrows from another stage. */
export function loadStageCode(slug: StageSlug): Promise<unknown> {
  const stage = descriptorOf(slug);
  const jobs = [screens.get(slug)?.load(), contextPanel(stage)?.load()];
  return Promise.all(jobs);
}

const readKey = (slug: StageSlug, roadmapId: string) => `${roadmapId}/${slug}`;
/** The stages whose code and data are being read now. */
const reading = new Map<string, Promise<void>>();
/** Whether the page the app opened on has drawn its stage (see WhenRead). */
let firstStageDrawn = false;

/**
 * Starts loading a stage's code and its data together, as the page opens or as the user points at
 * its step: without it the data would be asked for only once the code had arrived and rendered,
 * one wait after the other. Asking again for what is loaded or loading costs nothing. A
 * stage that shows another stage's panel also starts that stage's data. Resolves when all of it
 * is in, or has failed: a failed prefetch is not an error, the stage asks again when it renders
 * and reports there.
 */
export function prefetchStageTools(
  slug: StageSlug,
  roadmapId: string,
  queryClient: QueryClient,
): Promise<unknown> {
  const stage = descriptorOf(slug);
  if (!stage) return Promise.resolve();
  // The stage's notes, a row, read first: asked for by the page once it draws, the read came in
  // the middle of the stage's own.
  const jobs: Promise<unknown>[] = [
    queryClient.prefetchQuery(stageNoteQueries.detail(roadmapId, slug)),
  ];
  const screen = screens.get(slug);
  if (screen) jobs.push(screen.load());
  if (stage.reads) jobs.push(stage.reads());
  jobs.push(...(stage.prefetch?.(queryClient, roadmapId) ?? []));
  const panel = contextPanel(stage);
  if (panel && stage.context) {
    jobs.push(panel.load());
    jobs.push(...(descriptorOf(stage.context.stage)?.prefetch?.(queryClient, roadmapId) ?? []));
  }
  const key = readKey(slug, roadmapId);
  const read = Promise.allSettled(jobs).then(() => {
    if (reading.get(key) === read) reading.delete(key);
  });
  reading.set(key, read);
  return read;
}

/**
 * On the page the app opens on, draws the stage's tools once the prefetch above has brought
 * their code and data, as a transition. Data that arrives while a component waits for it is
 * drawn at once, in one task that holds the main thread (a query's update cannot be a
 * transition); drawn with the data already there, a large stage's first render yields to the
 * browser every few milliseconds while the page is still loading. A stage opened later, from
 * the stepper, draws in one go, which is sooner.
 */
function WhenRead({
  slug,
  roadmapId,
  children,
}: {
  slug: StageSlug;
  roadmapId: string;
  children: ReactNode;
}) {
  const key = readKey(slug, roadmapId);
  const [ready, setReady] = useState(() => firstStageDrawn);
  useEffect(() => {
    if (ready) {
      firstStageDrawn = true;
      return;
    }
    let live = true;
    // The route starts the prefetch with the navigation; read already, or not started, draw now.
    void (reading.get(key) ?? Promise.resolve()).then(() => {
      if (live) startTransition(() => setReady(true));
    });
    return () => {
      live = false;
    };
  }, [ready, key]);
  return ready ? children : <p className="loading-inline" aria-busy="true" />;
}

export function stageTools(slug: StageSlug, roadmapId: string): ReactNode | undefined {
  const screen = screens.get(slug);
  if (!screen) return undefined;
  const stage = descriptorOf(slug);
  const panel = contextPanel(stage);
  // Another stage's panel carries that stage's scope class, so its scoped styles apply to it here.
  const context =
    panel && stage?.context ? (
      <div className={`stage-panel ${stageScopeClass(stage.context.stage)}`}>
        {panel.render({ roadmapId })}
      </div>
    ) : undefined;
  return (
    <WhenRead slug={slug} roadmapId={roadmapId}>
      {screen.render(context ? { roadmapId, context } : { roadmapId })}
    </WhenRead>
  );
}
