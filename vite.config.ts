/// <reference types="vitest/config" />
import { copyFileSync } from 'node:fs';
import { resolve } from 'node:path';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import type { ChunkingContext, OutputBundle } from 'rolldown';
import { VitePWA } from 'vite-plugin-pwa';
import { firstPaintHtml } from './src/app/prerender.ts';

/**
 * The production page carries a strict Content-Security-Policy. It is added at build time only,
 * because the dev server needs inline scripts for hot reload.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  // React and recharts set style attributes from script; no inline <style> is parsed from HTML.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "worker-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'none'",
].join('; ');

function contentSecurityPolicyMeta(): Plugin {
  return {
    name: 'rotta-csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: contentSecurityPolicy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}

/**
 * The app's frame drawn into index.html at build time (src/app/prerender.ts), and the small
 * script that fits it to the address before the first paint: first-paint.js at the end of the
 * head, where it can see which build the page is (the last page's picture is only for the build
 * that drew it).
 */
function firstPaint(): Plugin {
  const headScript = '<script src="/first-paint.js"></script>';
  return {
    name: 'rotta-first-paint',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        if (!context.filename.endsWith('index.html')) return html;
        // The app's own stylesheet is written into the page: the frame paints without waiting
        // for a second request (the page's policy allows inline styles).
        const styled = html.replace(
          /<link rel="stylesheet" crossorigin href="\/(assets\/index-[\w-]+\.css)">/,
          (link, fileName: string) => {
            const asset = context.bundle?.[fileName];
            return asset?.type === 'asset' ? `<style>${String(asset.source)}</style>` : link;
          },
        );
        // The app's modules are asked for once the frame is painted (first-paint.js): fetched
        // at once, they would share the first round trips with what the paint needs.
        const deferred = styled
          .replace(
            /<script type="module" crossorigin src="([^"]+)"><\/script>/,
            '<link rel="rotta-app" href="$1">',
          )
          .replaceAll(
            /<link rel="modulepreload" crossorigin href="([^"]+)">/g,
            '<link rel="rotta-app-module" href="$1">',
          );
        return deferred
          .replace(headScript, '')
          .replace('</head>', `${headScript}</head>`)
          .replace('<div id="root"></div>', `${firstPaintHtml()}<div id="root"></div>`);
      },
    },
  };
}

/**
 * jsPDF loads html2canvas, DOMPurify and canvg with import() for its html() and addSvgAsImage(),
 * which the map's PDF never calls (svg2pdf.js draws the SVG itself). Left in, they would be 380 kB
 * of chunks that no page loads but every install precaches; here such a call fails loudly instead.
 */
function withoutUnusedPdfExtras(): Plugin {
  const unused = new Set(['html2canvas', 'dompurify', 'canvg']);
  const prefix = '\0rotta-unused:';
  return {
    name: 'rotta-without-unused-pdf-extras',
    enforce: 'pre',
    resolveId(source, importer) {
      return unused.has(source) && importer?.includes('/node_modules/jspdf/')
        ? `${prefix}${source}`
        : null;
    },
    load(id) {
      if (!id.startsWith(prefix)) return null;
      return `throw new Error('${id.slice(prefix.length)} is not part of this build');`;
    },
  };
}

/** A chunk and every chunk it imports statically, added to `found` (files already there are skipped). */
function withStaticImports(
  bundle: OutputBundle,
  fileName: string,
  found = new Set<string>(),
): Set<string> {
  const output = bundle[fileName];
  if (found.has(fileName) || output?.type !== 'chunk') return found;
  found.add(fileName);
  for (const imported of output.imports) withStaticImports(bundle, imported, found);
  return found;
}

/** What the entries load before anything else runs: their chunks and all they import statically. */
function loadedByEntries(bundle: OutputBundle): Set<string> {
  const loaded = new Set<string>();
  for (const output of Object.values(bundle))
    if (output.type === 'chunk' && output.isEntry)
      withStaticImports(bundle, output.fileName, loaded);
  return loaded;
}

/**
 * The files of every stage's code, listed in index.html as data (never run), each after the files
 * it imports. Once the open stage has drawn, stage-tools.tsx fetches them all, then runs them one
 * by one in moments the browser is idle: no moment runs more than one file, and a stage's first
 * visit finds its code ready. Found from the chunk of the stage descriptors: what it imports on
 * demand, everything that imports in turn, and the `api/` code those files import on demand (data
 * readers), less what the entry has already loaded.
 */
function stageCodeList(): Plugin {
  const isDescriptor = (id: string) => /\/src\/features\/[^/]+\/stage\.ts$/.test(id);
  const isDataCode = (id: string) => /\/src\/features\/[^/]+\/api\//.test(id);
  return {
    name: 'rotta-stage-code-list',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: (html, context) => {
        if (!context.filename.endsWith('index.html') || !context.bundle) return html;
        const chunks = new Map(
          Object.values(context.bundle).flatMap((output) =>
            output.type === 'chunk' ? [[output.fileName, output] as const] : [],
          ),
        );
        const descriptors = [...chunks.values()].find((chunk) =>
          chunk.moduleIds.some(isDescriptor),
        );
        if (!descriptors)
          throw new Error('rotta-stage-code-list: no chunk holds the stage descriptors');
        // The entry and what it imports are loaded before any stage draws: not listed.
        const loaded = loadedByEntries(context.bundle);
        const files = new Set<string>();
        const visit = (fileName: string) => {
          const chunk = chunks.get(fileName);
          if (!chunk || files.has(fileName) || loaded.has(fileName)) return;
          files.add(fileName);
          chunk.imports.forEach(visit);
          // The code that reads data, which a stage's components import on demand, comes too;
          // what they import on demand for a click (the exports' writers) does not.
          chunk.dynamicImports
            .filter((name) => isDataCode(chunks.get(name)?.facadeModuleId ?? ''))
            .forEach(visit);
          // Set again, so that it comes after what it imports.
          files.delete(fileName);
          files.add(fileName);
        };
        descriptors.dynamicImports.forEach(visit);
        const list = JSON.stringify([...files].map((file) => `/${file}`));
        return html.replace(
          '</body>',
          `<script type="application/json" id="rotta-stage-code">${list}</script></body>`,
        );
      },
    },
  };
}

/** Static hosts serve 404.html for unknown paths; making it the app keeps deep links working. */
function spaFallbackPage(): Plugin {
  let outDir = resolve(import.meta.dirname, 'dist');
  return {
    name: 'rotta-spa-fallback',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle() {
      const dist = outDir;
      copyFileSync(resolve(dist, 'index.html'), resolve(dist, '404.html'));
    },
  };
}

/**
 * A dynamic import's preload list leaves out the files already loaded when it runs: the entry's
 * own files (every chunk runs after them) and the importing chunk's static imports. Vite lists
 * them all, so every list carried the entry's seventeen files again, and the preload helper
 * looked each one up in the document at each import. The plugin records each chunk's static
 * imports before Vite writes the lists, which `resolveDependencies` reads.
 * The entry's own imports (its routes) get no list at all: the helper adds every link in the one
 * task that starts the import, 7 to 15 ms of a deep link's load here, in a task that Lighthouse's
 * slower phone makes a long one. Without links, the browser finds the route's files as it reads
 * its chunk, each request in a task of its own; the first paint is in the page already.
 */
function preloadOnlyWhatIsMissing(): {
  plugin: Plugin;
  resolveDependencies: (file: string, deps: string[], host: { hostId: string }) => string[];
} {
  const loadedBy = new Map<string, Set<string>>();
  const entries = new Set<string>();
  return {
    plugin: {
      name: 'rotta-preload-only-what-is-missing',
      apply: 'build',
      generateBundle(_options, bundle) {
        loadedBy.clear();
        entries.clear();
        for (const output of Object.values(bundle))
          if (output.type === 'chunk' && output.isEntry) entries.add(output.fileName);
        // Every chunk runs after the entry's own files have loaded.
        const loadedFirst = loadedByEntries(bundle);
        for (const fileName of Object.keys(bundle))
          loadedBy.set(fileName, withStaticImports(bundle, fileName, new Set(loadedFirst)));
      },
    },
    resolveDependencies: (_file, deps, { hostId }) => {
      if (entries.has(hostId)) return [];
      const loaded = loadedBy.get(hostId);
      return loaded ? deps.filter((dep) => !loaded.has(dep)) : deps;
    },
  };
}
const preload = preloadOnlyWhatIsMissing();

/**
 * One chunk for the code every roadmap page needs and the library does not: the roadmap's frame,
 * the write path, the stage descriptors and models, the schemas, and the small parts most stages
 * draw with. Left to the automatic split, it came as 54 files, 44 of them under 1.2 KB, and the
 * browser pays for each request on the main thread (about half a millisecond each here), all in
 * the task that starts the page. Only modules whose static imports stay in this chunk or in the
 * library's files are taken, so the chunk imports nothing that imports it back, and nothing the
 * library needs moves into it.
 */
function roadmapShellChunk() {
  const source = (path: string) => resolve(import.meta.dirname, 'src', path);
  const libraryRoots = [
    'main.tsx',
    'features/roadmaps/components/library-page.tsx',
    'features/roadmaps/api/roadmap-reads.ts',
    // The library's own actions: a new roadmap, a rename, a removal.
    'features/roadmaps/components/roadmap-form.tsx',
    'features/roadmaps/api/roadmap-writes.ts',
  ].map(source);
  const shellRoots = [
    'app/roadmap-layout.tsx',
    // Small pieces most stages draw with: on their own they were a request each (under 1 KB) on
    // a stage's first visit, in a second round behind the browser's six connections.
    'components/ui/fold.tsx',
    'components/ui/warning-list.tsx',
    'lib/next-task.ts',
  ].map(source);
  let inShell: Set<string> | undefined;
  const staticClosure = (roots: string[], ctx: ChunkingContext) => {
    const found = new Set<string>();
    const visit = (id: string) => {
      if (found.has(id)) return;
      found.add(id);
      ctx.getModuleInfo(id)?.importedIds.forEach(visit);
    };
    roots.forEach(visit);
    return found;
  };
  return (id: string, ctx: ChunkingContext) => {
    if (!inShell) {
      const library = staticClosure(libraryRoots, ctx);
      inShell = new Set([...staticClosure(shellRoots, ctx)].filter((each) => !library.has(each)));
    }
    return inShell.has(id) ? 'roadmap-shell' : null;
  };
}

/**
 * A stage's queries and its repository in one file (`channels-data`): the queries load the
 * repository on their first read, and as two files the read waited for a second request, often
 * queued behind the stage's screen files on a first visit.
 */
function stageDataChunk(id: string): string | null {
  const match =
    /[\\/]src[\\/]features[\\/]([a-z-]+)[\\/]api[\\/]\1-(?:queries|repository)\.ts$/.exec(id);
  return match && match[1] !== 'roadmaps' ? `${match[1]}-data` : null;
}

/**
 * The phones' join page (`join.html`) is built on its own (`vite build --mode join`, after the app),
 * so it shares no chunk with the app: a phone loads no charts, no database and no service worker,
 * and the app's first paint does not pay for a split made for the phone.
 */
const joinPage = defineConfig({
  plugins: [react(), contentSecurityPolicyMeta()],
  build: {
    outDir: process.env.BUILD_DIR ?? 'dist',
    emptyOutDir: false,
    target: 'es2022',
    sourcemap: false,
    manifest: 'join-manifest.json',
    rollupOptions: { input: resolve(import.meta.dirname, 'join.html') },
  },
});

/** Test files that replace one of the app's modules with `vi.mock`. */
const replacesModules = ['src/app/add-a-table.test.ts'];

const app = defineConfig({
  plugins: [
    react(),
    contentSecurityPolicyMeta(),
    firstPaint(),
    stageCodeList(),
    preload.plugin,
    spaFallbackPage(),
    withoutUnusedPdfExtras(),
    VitePWA({
      registerType: 'prompt',
      injectRegister: false,
      includeAssets: ['favicon.svg', 'robots.txt'],
      manifest: {
        name: 'Rotta – digital customer service roadmap',
        short_name: 'Rotta',
        description:
          'Plan a digital customer service roadmap in seven stages and print it as a one-page strategy map.',
        theme_color: '#0f3d5e',
        background_color: '#f7f5f0',
        display: 'standalone',
        start_url: '/',
        scope: '/',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
        ],
      },
      workbox: {
        // The PDF's fonts (ttf) too: the map's PDF is made offline like everything else.
        globPatterns: ['**/*.{js,css,html,svg,png,woff2,json,ttf}'],
        navigateFallback: 'index.html',
        // The phones' join page and the room server's API are never the app's page.
        navigateFallbackDenylist: [/^\/join(\/|$)/, /^\/api\//],
        cleanupOutdatedCaches: true,
      },
    }),
  ],
  build: {
    // BUILD_DIR lets two builds (and their previews) run side by side without sharing dist/.
    outDir: process.env.BUILD_DIR ?? 'dist',
    target: 'es2022',
    sourcemap: false,
    manifest: true,
    // The Excel writer (about 930 KB) loads only when a workbook is downloaded.
    chunkSizeWarningLimit: 1000,
    modulePreload: { resolveDependencies: preload.resolveDependencies },
    rolldownOptions: {
      // A feature's public entry (index.ts) only passes exports on. Marked free of side effects,
      // a stage that uses another's entry imports the files that hold what it uses, instead of
      // also an empty file kept only to run the entry in order (goals, channels, KPIs, training:
      // one request each on a first visit). Every other module keeps the default.
      treeshake: {
        moduleSideEffects: [
          { test: /[\\/]src[\\/]features[\\/][^\\/]+[\\/]index\.ts$/, sideEffects: false },
        ],
      },
      output: {
        codeSplitting: {
          groups: [
            { name: roadmapShellChunk(), includeDependenciesRecursively: false },
            { name: stageDataChunk, includeDependenciesRecursively: false },
          ],
        },
      },
    },
  },
  test: {
    // The file name decides the environment: `*.test.ts` runs in node (models, repositories on
    // fake-indexeddb), `*.test.tsx` renders and runs in jsdom, `*.property.test.ts` is a
    // generated-input test, left out of `npm run test:quick` because it takes most of the run.
    setupFiles: ['src/test/setup.ts'],
    restoreMocks: true,
    // Most of a file's time is starting it (environment, setup, imports), and by default one core
    // is left idle: threads start faster than processes, and every core takes files
    // (on two cores, 145 s -> 87-100 s).
    pool: 'threads',
    maxWorkers: '100%',
    // A worker keeps the modules it has loaded from one file to the next instead of starting each
    // file afresh: starting was most of the run (unit 30 -> 11 s, component 43 -> 13 s). A test
    // therefore sets up the state it needs (the database, the registered stages) itself. A file
    // that swaps a module for its own version (`vi.mock`) needs a fresh module graph.
    isolate: false,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'node',
          include: ['src/**/*.test.ts', 'server/**/*.test.ts'],
          exclude: ['src/**/*.property.test.ts', ...replacesModules],
        },
      },
      {
        extends: true,
        test: {
          name: 'unit-isolated',
          environment: 'node',
          include: replacesModules,
          isolate: true,
        },
      },
      {
        extends: true,
        test: { name: 'property', environment: 'node', include: ['src/**/*.property.test.ts'] },
      },
      {
        extends: true,
        test: {
          name: 'component',
          environment: 'jsdom',
          include: ['src/**/*.test.tsx'],
          // A whole stage renders and the user types key by key: more than 5 s on a busy machine.
          testTimeout: 20_000,
        },
      },
    ],
  },
});

export default defineConfig(({ mode }) => (mode === 'join' ? joinPage : app));
