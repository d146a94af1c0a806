/*
 * What the storage gate needs to open the database, as one import: the first page's code then
 * lists these files once instead of once per module.
 */
export { db } from '../db/database';
export { syncQueriesWithStorage } from './cross-tab-sync';
export * as drafts from '../core/write/drafts';
export { loadWriteModules } from './write-modules';
export * as errors from '../lib/storage-errors';
