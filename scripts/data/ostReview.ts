/**
 * The maintainers' review of the merged OST (data/curated/ost/review.json): titles that name one
 * song (a pass's own translation next to the official title), and kept songs a check showed wrong.
 */
import { existsSync } from 'node:fs';
import { z } from 'zod';
import type { Candidate, Find, OstPass } from './ostCandidates.js';
import { titleKey } from './ostRoles.js';
import type { Draft } from './ostVotes.js';
import { readJson } from './write.js';

const text = z.string().min(1).max(200);
const reviewSchema = z.strictObject({
  sameSong: z
    .array(z.strictObject({ production: text, year: z.number().int(), title: text, ko: text.optional(), otherTitles: z.array(text).min(1) }))
    .default([]),
  /** A performer credited under a name that belongs to someone else (the passes' "Lisa" for leeSA). */
  credits: z
    .array(z.strictObject({ production: text, year: z.number().int(), from: text, to: text, reason: text }))
    .default([]),
  refuted: z
    .array(z.strictObject({ production: text, year: z.number().int(), title: text, by: z.array(text).min(1), reason: text, evidence: text.optional() }))
    .default([]),
});
export type OstReview = z.infer<typeof reviewSchema>;

export const NO_REVIEW: OstReview = { sameSong: [], credits: [], refuted: [] };

export function readReview(path: string): OstReview {
  return existsSync(path) ? reviewSchema.parse(readJson(path)) : NO_REVIEW;
}

/** Rewrites the credits the review corrects, in every pass's file of that production. */
export function applyCreditFixes(review: OstReview, passes: OstPass[]): void {
  for (const fix of review.credits) {
    for (const pass of passes) {
      for (const file of pass.files) {
        if (file.production !== fix.production || file.year !== fix.year) continue;
        file.songs = file.songs.map((song) => ({ ...song, by: song.by.map((b) => (b === fix.from ? fix.to : b)) }));
      }
    }
  }
}

/** Gives every pass's song listed under another title of the same song the official title. */
export function applySameSong(review: OstReview, byPass: Map<string, Candidate[]>[], find: Find, warnings: string[]): void {
  for (const entry of review.sameSong) {
    const pid = find(entry.production, entry.year);
    if (!pid) {
      warnings.push(`review.json: production "${entry.production}" (${entry.year}) not found`);
      continue;
    }
    const others = new Set(entry.otherTitles.map(titleKey));
    for (const pass of byPass) {
      for (const c of pass.get(pid) ?? []) {
        const named = [c.song.title, c.song.ko ?? ''].some((t) => t !== '' && others.has(titleKey(t)));
        if (!named) continue;
        c.song = { ...c.song, title: entry.title, ...(entry.ko ? { ko: entry.ko } : {}) };
      }
    }
  }
}

/** Drops the kept songs a check refuted (same production, title and performers), with a note. */
export function dropRefuted(
  review: OstReview,
  drafts: Draft[],
  find: Find,
  performerIds: (credits: string[]) => string,
  warnings: string[],
): Draft[] {
  const refuted = review.refuted.map((r) => ({ r, pid: find(r.production, r.year), title: titleKey(r.title), set: performerIds(r.by) }));
  return drafts.filter((d) => {
    const hit = refuted.find((x) => x.pid === d.productionId && x.title === titleKey(d.title) && x.set === performerIds(d.performerCredits));
    if (hit) warnings.push(`${d.productionId}: "${d.title}" left out, refuted in review.json (${hit.r.reason})`);
    return !hit;
  });
}
