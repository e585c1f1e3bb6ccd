// The store's public surface. Use it from the background and extension pages only: in a content
// script IndexedDB would be the web page's, not the extension's.

export type { ImportMode, ImportResult } from './backup-io';
export { onStoreChanged, STORE_CHANNEL, type StoreChange, storeChannelName } from './changes';
export { DEFAULT_DATABASE, StoreInputError } from './keys';
export { MIGRATIONS, type MigrationTable, migrateRecord, SchemaVersionError } from './migrations';
export { type CrewkitStore, openStore, type StoreOptions } from './store';
