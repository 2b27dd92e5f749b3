/** Writes data/curated/ost/disagreements.md: agreement per batch and every song the passes disagree on. */
import type { Batch } from './curated.js';
import type { Find } from './ostCandidates.js';
import { MIN_PASSES, type PairCount } from './ostVotes.js';

export interface ProductionReport {
  /** Passes with a file for this production. */
  passes: string[];
  kept: number;
  /** Songs listed over all passes (0 while the files are placeholders). */
  listed: number;
  single: { pass: string; text: string }[];
  mismatched: { title: string; versions: string[] }[];
  fieldDiffs: { title: string; diffs: string[] }[];
  /** Agreement of each pair of passes ("pass-a/pass-b"). */
  pairs: Map<string, PairCount>;
  /** Per pass: songs it listed, and how many of them are kept (another pass agreed). */
  byPass: Map<string, { listed: number; kept: number }>;
}

/** Passes that cover whole batches, production by production (from memory and look-ups). */
const BATCH_PASSES = new Set(['pass-a', 'pass-b', 'pass-c']);
/** The source-backed tracklist passes over the most-watched productions: each pair compared with each other. */
const SOURCE_PAIRS = ['pass-j/pass-k', 'pass-x/pass-y', 'pass-p/pass-q', 'pass-r/pass-s'];

export interface BatchRate {
  batch: number;
  kept: number;
  /** Agreement of each pair of passes over the productions both cover; undefined when none. */
  pairs: Record<string, number | undefined>;
}

const pct = (r: number | undefined): string => (r === undefined ? '-' : `${(100 * r).toFixed(1)}%`);
const short = (pass: string): string => pass.replace(/^pass-/, '').toUpperCase();
const pairLabel = (pair: string): string => pair.split('/').map(short).join('–');

function sumPairs(reports: ProductionReport[], pair: string): { rate: number | undefined; n: number; d: number } {
  let n = 0;
  let d = 0;
  for (const r of reports) {
    const c = r.pairs.get(pair);
    if (!c) continue;
    n += c.agreed;
    d += c.agreed + c.onlyX + c.onlyY + c.mismatched;
  }
  return { rate: d === 0 ? undefined : n / d, n, d };
}

export function writeReport(
  batches: Batch[],
  passNames: string[],
  find: Find,
  reports: Map<string, ProductionReport>,
  resolutionNotes: Map<string, string>,
  warnings: string[],
): { markdown: string; rates: BatchRate[] } {
  const tablePasses = passNames.filter((p) => BATCH_PASSES.has(p));
  const pairNames = [
    ...tablePasses.flatMap((x, i) => tablePasses.slice(i + 1).map((y) => `${x}/${y}`)),
    ...SOURCE_PAIRS.filter((pair) => pair.split('/').every((p) => passNames.includes(p))),
  ];
  const header = `| batch | productions | covered by every pass | kept songs | ${pairNames.map((p) => `${pairLabel(p)} agreement`).join(' | ')} |`;
  const table = [header, `|${'---|'.repeat(4 + pairNames.length)}`];
  const details: string[] = [];
  const rates: BatchRate[] = [];
  const reported = new Map<string, string>();
  const all: ProductionReport[] = [];
  for (const batch of batches) {
    details.push(`## Batch ${batch.batch}`, '');
    const inBatch: ProductionReport[] = [];
    for (const p of batch.productions) {
      const name = `${p.title} (${p.year})`;
      const pid = find(p.title, p.year);
      const earlier = pid ? reported.get(pid) : undefined;
      if (earlier) {
        details.push(`- **${name}**: the same production as ${earlier}; counted there`);
        continue;
      }
      if (pid) reported.set(pid, name);
      const r = pid ? reports.get(pid) : undefined;
      if (!r || r.passes.length < MIN_PASSES) {
        details.push(`- **${name}**: ${r ? `only ${r.passes.map(short).join(', ')} so far` : 'no pass yet'}`);
        continue;
      }
      inBatch.push(r);
      details.push(...productionDetails(name, r, passNames));
    }
    all.push(...inBatch);
    const pairRates = Object.fromEntries(pairNames.map((pair) => [pair, sumPairs(inBatch, pair).rate]));
    const kept = inBatch.reduce((n, r) => n + r.kept, 0);
    rates.push({ batch: batch.batch, kept, pairs: pairRates });
    const covered = inBatch.filter((r) => tablePasses.every((p) => r.passes.includes(p))).length;
    table.push(`| ${batch.batch} | ${batch.productions.length} | ${covered} | ${kept} | ${pairNames.map((p) => pct(pairRates[p])).join(' | ')} |`);
    details.push('');
  }
  const totals = pairNames.map((p) => sumPairs(all, p));
  table.push(`| all | ${batches.reduce((n, b) => n + b.productions.length, 0)} | | ${all.reduce((n, r) => n + r.kept, 0)} | ${totals.map((t) => pct(t.rate)).join(' | ')} |`);
  const outside = [...reports].filter(([pid]) => ![...reported.keys()].includes(pid));
  if (outside.length > 0) {
    details.push('## Productions outside batches.json', '');
    for (const [pid, r] of outside) details.push(...productionDetails(pid, r, passNames));
    details.push('');
  }
  const tally = new Map<string, { listed: number; kept: number }>();
  for (const r of reports.values()) {
    for (const [pass, t] of r.byPass) {
      const sum = tally.get(pass) ?? { listed: 0, kept: 0 };
      tally.set(pass, { listed: sum.listed + t.listed, kept: sum.kept + t.kept });
    }
  }
  const passTable = [
    '| pass | songs listed | kept (another pass agreed) |',
    '|---|---|---|',
    ...passNames.map((p) => `| ${short(p)} | ${tally.get(p)?.listed ?? 0} | ${tally.get(p)?.kept ?? 0} |`),
  ];
  const names = [...resolutionNotes].sort(([x], [y]) => x.localeCompare(y)).map(([n, note]) => `- ${n}: ${note}`);
  const markdown = [
    '# OST curation: where the passes disagree',
    '',
    'Generated by `npm run data:build` (scripts/data/ost.ts); do not edit by hand.',
    `Passes: ${passNames.map((p) => `${short(p)} (${p}/)`).join(', ')}. A song is kept when at least ${MIN_PASSES} passes list it for the`,
    'same production with the same normalised title (English, Hangul, or the Hangul romanised) and the same performers;',
    'with two passes that is "both agree". Part numbers, language and Korean title are kept only when those passes agree',
    '(a part whose number differs keeps its type); for tier the lowest is kept. Seed songs are always kept.',
    'Agreement of two passes = agreed / (agreed + only one of them + same title with other performers), over the',
    'productions both have covered. V (pass-v/) is the later check of these disagreements: it lists only what a page it',
    'cites states (each song has an "evidence" URL), counts as one vote, and so never keeps a song on its own.',
    'J and K (pass-j/, pass-k/) are two independent tracklist passes over the 150 most-watched productions (tracklists.json)',
    'and batch 25 that, like V, write only songs a cited page states; the table compares them with each other (J–K).',
    'W (pass-w/) is a second evidence check of missing part numbers, written like V and counted as an ordinary vote.',
    'X and Y (pass-x/, pass-y/, session 4) are two more independent source-backed passes over the most-watched tracklists',
    'that are not yet complete, aimed at the total number of parts and the parts not yet kept; the table compares them (X–Y).',
    'P and Q are two such passes over the most-watched productions whose OST came out as an album (P–Q); R, S and T look',
    'for totals (a stated number of parts, a last part with its stated number, or the vocal songs of the compilation album).',
    '',
    'Songs per pass (production by production, artist by artist, the check, and the source-backed tracklist passes):',
    '',
    passTable.join('\n'),
    '',
    `Agreement per batch between the production-by-production passes (${tablePasses.map(short).join(', ')}):`,
    '',
    table.join('\n'),
    '',
    ...details,
    '## Performer names',
    '',
    names.length > 0 ? names.join('\n') : 'Every performer name resolved to exactly one artist.',
    '',
    '## File problems',
    '',
    warnings.length > 0 ? warnings.map((w) => `- ${w}`).join('\n') : 'None.',
    '',
  ].join('\n');
  return { markdown, rates };
}

function productionDetails(name: string, r: ProductionReport, passNames: string[]): string[] {
  const missing = passNames.filter((p) => !r.passes.includes(p));
  const head = `- **${name}**: ${r.kept} kept${missing.length > 0 ? ` (no file from ${missing.map(short).join(', ')} yet)` : ''}`;
  if (r.listed === 0) return [`- **${name}**: no songs listed yet`];
  if (r.single.length + r.mismatched.length + r.fieldDiffs.length === 0) return [`${head}, no disagreement`];
  return [
    head,
    ...r.single.map((s) => `  - only ${short(s.pass)}: ${s.text}`),
    ...r.mismatched.map((m) => `  - performers differ: ${m.title} — ${m.versions.join(' / ')}`),
    ...r.fieldDiffs.map((d) => `  - ${d.title}: ${d.diffs.join('; ')}`),
  ];
}
