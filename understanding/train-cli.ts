// Run by `npm run build`: trains the classifier on the content as it is now and keeps the weights in dist/model,
// so the bot and the tests start without training (understanding/model-store.ts). If the content does not load,
// nothing is kept and the build goes on: `npm run validate` says what is wrong, and start-up trains as before.
import { loadKnowledgeBase } from '../knowledge/load.js';
import { Understander } from './understand.js';
import { FileModelStore, MODEL_DIR } from './model-store.js';
import { rmSync } from 'node:fs';

const started = performance.now();
try {
  rmSync(MODEL_DIR, { recursive: true, force: true });
  new Understander(loadKnowledgeBase(), new FileModelStore(MODEL_DIR, true));
  console.log(`classifier trained and kept in ${MODEL_DIR} (${((performance.now() - started) / 1000).toFixed(1)} s)`);
} catch (err) {
  console.warn(`classifier not kept (${(err as Error).message}); it will be trained when the bot starts`);
}
