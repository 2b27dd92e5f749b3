/**
 * `npm run bench`: every benchmark in one run, each printing its figures next to a baseline
 * measured in the same run. Benchmarks never fail a build; they print.
 */
import { benchData } from './data.js';
import { benchQuiz } from './quiz.js';
import { benchSearch } from './search.js';
import { benchStartup } from './startup.js';
import { benchStorage } from './storage.js';

const benches: [string, () => Promise<void>][] = [
  ['data', benchData],
  ['startup', benchStartup],
  ['search', benchSearch],
  ['storage', benchStorage],
  ['quiz', benchQuiz],
];

const only = process.argv.slice(2);
for (const [name, run] of benches) {
  if (only.length > 0 && !only.includes(name)) continue;
  console.log(`\n=== bench: ${name} ===`);
  await run();
}
