/** The storage adapter's public surface: src/main.ts opens the stores from STORE_URL. */
export { createStores, createKeyvStores, parseSqliteUrl, KEYV_NAMESPACE } from './createStores.js';
export { createMemoryStores } from './memoryStores.js';
export type { StorageLogger } from './kv.js';
