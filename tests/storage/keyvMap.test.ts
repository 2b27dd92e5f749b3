import Keyv from 'keyv';
import { createKeyvStores, KEYV_NAMESPACE } from '../../src/storage/createStores.js';
import { recordingLogger } from '../helpers/stores.js';
import { storeContract } from './contract.js';

// The keyv stores over keyv's own in-memory Map: same code path as SQLite minus the file,
// and reopening rebuilds every in-process index from what was stored.
storeContract('keyv over a Map', async () => {
  const map = new Map<string, unknown>();
  const logger = recordingLogger();
  return {
    open: async () => createKeyvStores(new Keyv({ store: map, namespace: KEYV_NAMESPACE }), logger),
    persistent: true,
    writeRaw: async (key, text) => void map.set(`${KEYV_NAMESPACE}:${key}`, text),
    logs: logger.entries,
    cleanup: async () => {},
  };
});
