// Trained classifier weights kept on disk (understanding/model-store.ts): restored, they answer exactly as the
// classifier that was trained; they are found again only for the same training; and a bad or foreign file is
// never used.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEFAULT_TRAIN, SoftmaxClassifier, type Example, type Features } from '../../understanding/classifier.js';
import { FileModelStore, trainingKey, type ModelStore } from '../../understanding/model-store.js';
import type { TrainedWeights } from '../../understanding/classifier.js';
import { Understander } from '../../understanding/understand.js';
import { loadKnowledgeBase } from '../../knowledge/load.js';

const f = (...words: string[]): Features => new Map(words.map((w) => [`w:${w}`, 1 / Math.sqrt(words.length)]));
const labels = ['bring', 'complain', 'when'];
const examples: Example[] = [
  { features: f('bring', 'friend'), label: 0, weight: 1 },
  { features: f('bring', 'mum'), label: 0, weight: 1 },
  { features: f('complain', 'chair'), label: 1, weight: 1 },
  { features: f('unhappy', 'decision'), label: 1, weight: 0.5 },
  { features: f('when', 'meeting'), label: 2, weight: 1 },
  { features: f('date', 'first', 'meeting'), label: 2, weight: 1 },
];
const probes = [f('bring', 'someone'), f('complain'), f('meeting', 'date'), f('friend', 'decision', 'when')];
const options = { ...DEFAULT_TRAIN, runs: 2, epochs: 6 };

function trained(): SoftmaxClassifier {
  const model = new SoftmaxClassifier(labels);
  model.train(examples, options);
  return model;
}

const dir = () => mkdtempSync(join(tmpdir(), 'model-store-'));

test('weights restored from a file answer exactly as the trained classifier, probability for probability', () => {
  const model = trained();
  const store = new FileModelStore(dir(), true);
  const key = trainingKey(labels, examples, options);
  store.put(key, model.exportWeights());
  const restored = SoftmaxClassifier.restore(store.get(key)!);
  for (const p of probes) expect(restored.predict(p)).toEqual(model.predict(p));
  expect(restored.knows('w:friend')).toBe(true);
  expect(restored.knows('w:taxi')).toBe(false);
});

test('the key changes with any example, label, weight or option, and not otherwise', () => {
  const key = trainingKey(labels, examples, options);
  expect(trainingKey([...labels], examples.map((e) => ({ ...e, features: new Map(e.features) })), { ...options })).toBe(key);
  const reweighted = examples.map((e, i) => (i === 3 ? { ...e, weight: 0.6 } : e));
  const relabelled = examples.map((e, i) => (i === 3 ? { ...e, label: 0 } : e));
  const oneWordMore = examples.map((e, i) => (i === 0 ? { ...e, features: f('bring', 'friend', 'too') } : e));
  const changed = [
    trainingKey(labels, reweighted, options),
    trainingKey(labels, relabelled, options),
    trainingKey(labels, oneWordMore, options),
    trainingKey(labels, examples.slice(1), options),
    trainingKey(['bring', 'complain', 'when?'], examples, options),
    trainingKey(labels, examples, { ...options, runs: 3 }),
  ];
  expect(new Set([key, ...changed]).size).toBe(changed.length + 1);
});

test('a store that is not writable keeps nothing; a missing, damaged or foreign file is not used', () => {
  const at = dir();
  const key = trainingKey(labels, examples, options);
  new FileModelStore(at, false).put(key, trained().exportWeights());
  expect(readdirSync(at)).toEqual([]);
  const store = new FileModelStore(at, true);
  expect(store.get(key)).toBeUndefined();
  store.put(key, trained().exportWeights());
  const [file] = readdirSync(at);
  expect(store.get(key)).toBeDefined();
  writeFileSync(join(at, file), Buffer.from('not weights at all'));
  expect(store.get(key)).toBeUndefined();
  // Another training's file under this key's name (say, copied by hand) is refused by the key inside it.
  const other = trainingKey(labels, examples.slice(1), options);
  store.put(other, trained().exportWeights());
  writeFileSync(join(at, file), readFileSync(join(at, `classifier-${other}.bin`)));
  expect(store.get(key)).toBeUndefined();
});

test('the build kept the weights for the content as it is, so the bot starts without training', () => {
  // Every key is found: training's inputs come out the same in every process (no order or randomness leaks in).
  const asked: string[] = [];
  const found: string[] = [];
  const build = new FileModelStore();
  const watching: ModelStore = {
    get(key: string): TrainedWeights | undefined {
      asked.push(key);
      const w = build.get(key);
      if (w) found.push(key);
      return w;
    },
    put: () => undefined,
  };
  new Understander(loadKnowledgeBase(), watching);
  expect(asked).toHaveLength(2);
  expect(found).toEqual(asked);
});
