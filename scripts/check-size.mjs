// Checks the JavaScript and CSS the library route (`/`) needs before its first paint, gzipped,
// against the budget. Reads Vite's build manifest, so it follows the real chunk graph.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// 120 since the library comes in the entry's files and the first screen's catalog holds only what
// it says (128 when the app first subscribed to i18next itself, 136 with the declarative router,
// 152 before). The floor is near: React DOM alone is 63 KB, i18next 15, the router 12 and the
// query cache 10.
const budgetKb = 120;
// What shows the list: the route and the reads with Dexie (zod and the writes load later).
const listBudgetKb = 155;
// BUILD_DIR matches the build's own setting (vite.config.ts), so side-by-side builds can be checked.
const dist = join(import.meta.dirname, '..', process.env.BUILD_DIR ?? 'dist');
const manifest = JSON.parse(readFileSync(join(dist, '.vite', 'manifest.json'), 'utf8'));

const gzipKb = (file) => gzipSync(readFileSync(join(dist, file)), { level: 9 }).length / 1024;

/** Every file a manifest entry loads statically: its chunk, its static imports, their CSS. */
function staticClosure(key, files = new Set()) {
  const entry = manifest[key];
  if (!entry || files.has(entry.file)) return files;
  files.add(entry.file);
  for (const css of entry.css ?? []) files.add(css);
  for (const imported of entry.imports ?? []) staticClosure(imported, files);
  return files;
}

const entryKey = 'index.html';
// The library is the home page and comes in the entry's files; should it become a chunk of its
// own again, its files count too.
const libraryKey = Object.keys(manifest).find((key) =>
  key.endsWith('features/roadmaps/components/library-page.tsx'),
);
// The list query loads the reads (and with them Dexie) as their own chunk: listed under its
// source when it is a chunk of its own, under the chunk's name when it shares one.
const databaseKey = Object.keys(manifest).find(
  (key) => key.endsWith('features/roadmaps/api/roadmap-reads.ts') || /^_roadmap-reads-/.test(key),
);
if (!manifest[entryKey] || !databaseKey) {
  console.error('check-size: the build manifest is missing the entry or the database module');
  process.exit(1);
}

const initial = libraryKey
  ? staticClosure(libraryKey, staticClosure(entryKey))
  : staticClosure(entryKey);
// One language catalog is needed before the first paint; count the larger one.
const catalogKb = Math.max(
  ...Object.keys(manifest)
    .filter((key) => /src\/i18n\/(en|it)\.ts$/.test(key))
    .map((key) => gzipKb(manifest[key].file)),
);
if (!Number.isFinite(catalogKb)) {
  console.error('check-size: the language catalogs are missing from the build manifest');
  process.exit(1);
}
const initialKb = [...initial].reduce((sum, file) => sum + gzipKb(file), 0) + catalogKb;
const dataLayer = [...staticClosure(databaseKey)].filter((file) => !initial.has(file));
const dataLayerKb = dataLayer.reduce((sum, file) => sum + gzipKb(file), 0);

console.log(
  `Library route, initial JS+CSS: ${initialKb.toFixed(1)} KB gzip in ${initial.size} files (budget ${budgetKb} KB)`,
);
console.log(`Data layer loaded next to the first paint: ${dataLayerKb.toFixed(1)} KB gzip`);
const listKb = initialKb + dataLayerKb;
console.log(`Total to show the list: ${listKb.toFixed(1)} KB gzip (budget ${listBudgetKb} KB)`);
if (initialKb > budgetKb) {
  console.error(`Over budget by ${(initialKb - budgetKb).toFixed(1)} KB`);
  process.exit(1);
}
if (listKb > listBudgetKb) {
  console.error(`What shows the list is over budget by ${(listKb - listBudgetKb).toFixed(1)} KB`);
  process.exit(1);
}

// The phones' join page is its own build (join-manifest.json): everything a phone loads over the
// room's Wi-Fi, with neither the database nor the charts in it.
const joinBudgetKb = 150;
const joinManifest = JSON.parse(readFileSync(join(dist, 'join-manifest.json'), 'utf8'));
const joinFiles = new Set();
const joinClosure = (key) => {
  const entry = joinManifest[key];
  if (!entry || joinFiles.has(entry.file)) return;
  joinFiles.add(entry.file);
  for (const css of entry.css ?? []) joinFiles.add(css);
  for (const imported of entry.imports ?? []) joinClosure(imported);
  for (const imported of entry.dynamicImports ?? []) joinClosure(imported);
};
joinClosure('join.html');
const joinKb = [...joinFiles].reduce((sum, file) => sum + gzipKb(file), 0);
const joinText = [...joinFiles].map((file) => readFileSync(join(dist, file), 'utf8')).join('\n');
console.log(
  `Join page (phones), JS+CSS: ${joinKb.toFixed(1)} KB gzip in ${joinFiles.size} files (budget ${joinBudgetKb} KB)`,
);
if (/indexedDB|recharts/.test(joinText)) {
  console.error('The join page pulls in the database or the charts');
  process.exit(1);
}
if (joinKb > joinBudgetKb) {
  console.error(`Join page over budget by ${(joinKb - joinBudgetKb).toFixed(1)} KB`);
  process.exit(1);
}
