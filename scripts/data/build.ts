/**
 * `npm run data:build`: builds data/productions.json, artists.json, songs.json and sources.json
 * from the shared datasets and the curated files, validates the result, then writes it.
 */
import { readdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Dataset, Redirects, Source } from '../../src/core/model.js';
import { DATA_FILES, REDIRECTS_FILE, formatProblems, loadRedirects, validateDataset } from '../../src/data/load.js';
import { writeStamp } from '../../src/data/stamp.js';
import { ArtistRegistry } from './artists.js';
import { readArtistSources } from './artistSources.js';
import { ConflictLog } from './conflicts.js';
import {
  curatedArtistSchema,
  curatedProductionSchema,
  readBatches,
  readCuratedFolder,
  readOstFolder,
  type CuratedArtist,
} from './curated.js';
import { applyArtistTiers, applyTiers, readExclusions, readTiers } from './tiers.js';
import { buildSongs } from './ost.js';
import { readReview } from './ostReview.js';
import { computeRedirects } from './redirects.js';
import { NO_REDIRECTS } from '../../src/core/catalog.js';
import { PRODUCTION_RULES, buildProductions } from './productions.js';
import { readJson, writeJson } from './write.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const DATA = join(ROOT, 'data');
const CURATED = join(DATA, 'curated');
const SHARED = process.env.SORI_DATASETS ?? '/work/shared/datasets';

function progress(stage: string): (msg: string) => void {
  return (msg) => console.log(`[data:build] ${stage}: ${msg}`);
}

function main(): void {
  const started = Date.now();
  const log = new ConflictLog();
  const batches = readBatches(join(CURATED, 'ost/batches.json'));

  // 1. productions
  const say = progress('productions');
  const curatedProductions = [
    ...readCuratedFolder(join(CURATED, 'productions'), curatedProductionSchema),
    ...batches.flatMap((b) => b.productions.map((p) => ({ ...p, sources: ['curated-ost'] }))),
  ];
  const prods = buildProductions(
    {
      kowikiCsv: join(SHARED, 'kowiki-dramadatabase/dramas_kowiki.csv'),
      mdlCsv: join(SHARED, 'mdl-kdramalist-kaggle/dramas.csv'),
      joinedCsv: join(SHARED, 'kdrama-title-map/mdl_kowiki_joined.csv'),
      titleMapCsv: join(SHARED, 'kdrama-title-map/titles_en_ko.csv'),
      curated: curatedProductions,
      exclusions: readExclusions(join(CURATED, 'excluded.json')),
    },
    log,
    say,
  );
  const tierLists = readTiers(join(CURATED, 'tiers.json'));
  const missingTiers = applyTiers(prods.productions, tierLists);
  for (const id of missingTiers) say(`tiers.json names unknown production "${id}"`);
  // every production chosen for OST curation is at least notable
  const batchIds = new Set(batches.flatMap((b) => b.productions.map((p) => prods.find(p.title, p.year))));
  for (const p of prods.productions) if (batchIds.has(p.id)) p.tier ??= 'notable';
  say(`${prods.productions.length} productions`);

  // 2. artists
  const sayA = progress('artists');
  const require = createRequire(import.meta.url);
  const drafts = readArtistSources(
    { dbkpopDir: join(SHARED, 'dbkpop-kaggle'), kpopnetJson: require.resolve('kpopnet.json') },
    log,
    sayA,
  );
  const registry = new ArtistRegistry(drafts);
  const curatedArtists = readCuratedFolder(join(CURATED, 'artists'), curatedArtistSchema);
  const order = (c: CuratedArtist): number => (c.kind === 'subunit' ? 1 : c.kind === 'person' ? 2 : 0);
  const sorted = [...curatedArtists].sort((x, y) => order(x) - order(y));
  for (const c of sorted) registry.applyCurated(c);
  for (const c of sorted) registry.setVoices(c);
  sayA(`${registry.byId.size} artists after ${curatedArtists.length} curated entries`);

  // 3. songs
  const sayS = progress('songs');
  const warn = (m: string): void => sayS(m);
  // A song's year defaults to its production's (the OST format's convention), except for
  // series that run for years (anime, animated series), whose songs come out later.
  const yearById = new Map(prods.productions.map((p) => [p.id, p.kind === 'anime' || p.kind === 'animated_series' ? undefined : p.year]));
  // every curation pass folder (pass-a, pass-b, and any later pass-c ...)
  const passNames = readdirSync(join(CURATED, 'ost'))
    .filter((d) => /^pass-[a-z]$/.test(d))
    .sort();
  const ost = buildSongs(
    {
      passes: passNames.map((name) => ({ name, files: readOstFolder(join(CURATED, 'ost', name), warn) })),
      seed: readOstFolder(join(CURATED, 'ost/seed'), warn),
      batches,
      review: readReview(join(CURATED, 'ost/review.json')),
    },
    prods.find,
    (id) => yearById.get(id),
    registry,
  );
  const ab = (r: (typeof ost.rates)[number]): string => {
    const rate = r.pairs['pass-a/pass-b'];
    return rate === undefined ? '-' : `${Math.round(rate * 100)}%`;
  };
  for (const p of prods.productions) {
    const n = ost.parts.get(p.id);
    if (n !== undefined) p.ostParts = n;
    const album = ost.albumSongs.get(p.id);
    if (album !== undefined) p.ostAlbumSongs = album;
  }
  sayS(
    `passes ${passNames.join(', ')}; ${ost.songs.length} songs; part counts agreed for ${ost.parts.size} productions, album song counts for ${ost.albumSongs.size}`,
  );
  sayS(`A/B agreement per batch: ${ost.rates.map((r) => `b${r.batch} ${ab(r)}`).join(' ')}`);

  // 4. validate, then write
  const { artists, rename } = registry.finalize();
  const to = (id: string): string => rename.get(id) ?? id;
  const songs = ost.songs.map((s) => ({
    ...s,
    performers: s.performers.map(to),
    credits: s.credits.map((c) => ({ ...c, artistId: to(c.artistId) })),
  }));
  for (const id of applyArtistTiers(artists, songs, tierLists.artistSignature)) sayA(`tiers.json names unknown artist "${id}"`);
  const dataset: Dataset = {
    productions: prods.productions,
    artists,
    songs,
    sources: readJson<Source[]>(join(CURATED, 'sources.json')),
  };
  const { problems } = validateDataset(JSON.parse(JSON.stringify(dataset)) as Record<keyof Dataset, unknown>);
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    process.exitCode = 1;
    return;
  }
  const redirects = computeRedirects(readPrevious(), dataset, readRedirects());
  writeJson(join(DATA, DATA_FILES.productions), dataset.productions);
  writeJson(join(DATA, DATA_FILES.artists), dataset.artists);
  writeJson(join(DATA, DATA_FILES.songs), dataset.songs);
  writeJson(join(DATA, DATA_FILES.sources), [...dataset.sources].sort((a, b) => a.id.localeCompare(b.id)));
  writeStamp(DATA, Object.values(DATA_FILES));
  writeJson(join(DATA, REDIRECTS_FILE), redirects);
  writeFileSync(join(CURATED, 'conflicts.md'), log.toMarkdown({ ...PRODUCTION_RULES, ...ARTIST_RULES }));
  writeFileSync(join(CURATED, 'ost/disagreements.md'), ost.report);
  progress('write')(
    `${dataset.productions.length} productions, ${dataset.artists.length} artists, ${dataset.songs.length} songs, ` +
      `${log.items.length} conflicts logged (${((Date.now() - started) / 1000).toFixed(1)} s)`,
  );
}

const ARTIST_RULES: Record<string, string> = {
  'artist linking':
    'a kpopnet idol is the dbkpop idol of the same (linked) group with the same stage name, Korean stage name or ' +
    'Korean real name; soloists also need the same birth date or Korean real name.',
  birthDate: 'kept when the sources agree or only one has it; left empty when dbkpop and kpopnet disagree.',
  'debutYear / agency': 'a group debut year is left empty when the sources disagree; the agency is kpopnet (2023) over dbkpop (2021); curated files win.',
};

main();

/** The data/ this build replaces, to find the ids it renames; undefined on a first build. */
function readPrevious(): Dataset | undefined {
  try {
    return {
      productions: readJson<Dataset['productions']>(join(DATA, DATA_FILES.productions)),
      artists: readJson<Dataset['artists']>(join(DATA, DATA_FILES.artists)),
      songs: readJson<Dataset['songs']>(join(DATA, DATA_FILES.songs)),
      sources: [],
    };
  } catch {
    return undefined;
  }
}

function readRedirects(): Readonly<Redirects> {
  try {
    return loadRedirects(DATA);
  } catch {
    return NO_REDIRECTS;
  }
}

