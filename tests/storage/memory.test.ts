import { createMemoryStores } from '../helpers/stores.js';
import { storeContract } from './contract.js';

storeContract('memory', async () => ({ open: async () => createMemoryStores(), persistent: false, cleanup: async () => {} }));
