/**
 * English catalog of what the first screen says: the header, the app's messages and the library.
 * The rest lives with the features (see i18n.ts). The Italian catalog must have exactly the same
 * keys (checked by the type).
 */
export const en = {
  app: {
    name: 'Rotta',
    tagline: 'Digital customer service roadmap',
    skipToContent: 'Skip to content',
    language: 'Language',
    languages: { en: 'English', it: 'Italiano' },
    library: 'All roadmaps',
    updateReady: 'A new version of Rotta is ready.',
    reload: 'Reload',
    offlineReady: 'Rotta now works offline.',
    dismiss: 'Dismiss',
    notFound: 'This page does not exist.',
    routeErrorTitle: 'This page could not be loaded',
    routeErrorBody:
      'Rotta may have been updated while this tab was open. Reload to get the current version; your roadmaps are safe in this browser.',
    backToLibrary: 'Back to the roadmaps',
  },
  storage: {
    unavailableTitle: 'Rotta cannot store data in this browser',
    unavailableBody:
      'Rotta keeps everything in this browser (IndexedDB), and the browser refused it. Private windows and some privacy settings block it. Open Rotta in a normal window, or allow site data for this page, then reload.',
    blockedTitle: 'Rotta is open in another tab with an older version',
    blockedBody:
      'Close the other Rotta tabs (or reload them) so this tab can update the stored data.',
    upgradedElsewhere: 'Rotta was updated in another tab. Reload this tab to keep working safely.',
    quota:
      'The browser has no space left for Rotta. Nothing was saved. Free up disk space or delete old roadmaps, then try again.',
    failed: 'Saving failed: {{detail}}. Nothing was changed.',
    persistent: 'Storage is persistent: the browser will not clear your roadmaps on its own.',
    notPersistent:
      'Storage is not marked persistent: the browser may clear it when space runs low. Keep a backup file.',
    unknown: 'Your roadmaps are stored in this browser only. Keep a backup file.',
  },
  saving: {
    saving: 'Saving…',
    saved: 'Saved',
    allSaved: 'All changes saved',
    failed: 'Not saved',
    notSaved: 'Nothing was saved.',
    retrying: 'Not saved yet: trying again. What you typed is kept.',
    exportedFile: 'Saved {{file}}.',
  },
  library: {
    title: 'Roadmaps',
    intro:
      'Rotta guides a customer service team through the seven stages of a digital service roadmap, from where you stand today to go-live.',
    introMore:
      'Everything stays in this browser. At the end you get a one-page strategy map to print or share.',
    newRoadmap: 'New roadmap',
    importRoadmap: 'Import roadmap',
    loadSample: 'Load sample roadmap',
    backup: 'Back up library',
    restore: 'Restore backup',
    count_one: '{{count}} roadmap',
    count_other: '{{count}} roadmaps',
    columns: {
      name: 'Roadmap',
      company: 'Company',
      updated: 'Last change',
      progress: 'Progress',
      actions: 'Actions',
    },
    progress: '{{done}} of 7 stages done',
    stagesStarted_one: '{{count}} started',
    stagesStarted_other: '{{count}} started',
    noCompany: '—',
    actions: 'Actions for {{name}}',
    rename: 'Rename',
    duplicate: 'Duplicate',
    delete: 'Delete',
    export: 'Export',
    copyName: '{{name}} (copy)',
    deleted: '“{{name}}” deleted.',
    undo: 'Undo',
    restored: '“{{name}}” restored.',
    duplicated: 'Copy created: “{{name}}”.',
    imported: 'Imported “{{name}}”.',
    restoredBackup_one: 'Restored {{count}} roadmap from the backup.',
    restoredBackup_other: 'Restored {{count}} roadmaps from the backup.',
    backupSaved: 'Backup saved as {{file}}.',
    confirmDeleteTitle: 'Delete “{{name}}”?',
    confirmDeleteBody:
      'The roadmap and all its stages will be removed from this browser. You can undo for a few seconds.',
    cancel: 'Cancel',
    sampleLoaded: 'Sample roadmap loaded.',
    emptyBackup: 'There is nothing to back up yet.',
  },
  stages: {
    'starting-point': {
      title: 'Starting point',
      short: 'Starting point',
    },
    goals: {
      title: 'Goals and timelines',
      short: 'Goals',
    },
    channels: {
      title: 'Channels',
      short: 'Channels',
    },
    kpis: {
      title: 'KPIs and monitoring',
      short: 'KPIs',
    },
    journey: {
      title: 'Customer journey',
      short: 'Journey',
    },
    training: {
      title: 'Training',
      short: 'Training',
    },
    'go-live': {
      title: 'Go live',
      short: 'Go live',
    },
    'strategy-map': {
      title: 'Strategy map',
      short: 'Map',
    },
  },
} as const;

/**
 * Plural forms some languages have and English does not (Italian has `many`, for 1,000,000): a key
 * with an English `_other` form may also have these. A test checks each language has its own set.
 */
type ExtraPluralForms<K> = K extends `${infer Base}_other`
  ? `${Base}_${'zero' | 'two' | 'few' | 'many'}`
  : never;

/** The shape a translation must have: the English keys, any strings, extra plural forms allowed. */
export type Widen<T> = T extends string
  ? string
  : T extends readonly string[]
    ? readonly string[]
    : { [K in keyof T]: Widen<T[K]> } & { [K in ExtraPluralForms<keyof T & string>]?: string };
export type Catalog = Widen<typeof en>;
