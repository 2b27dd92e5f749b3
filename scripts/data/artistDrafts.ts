/** Artists while they are assembled from dbkpop and kpopnet, and the cleaning of source cells. */
import type { ArtistKind, Gender } from '../../src/core/model.js';

export interface MemberDraft {
  /** Key of the group draft (see GroupDraft.ref). */
  groupRef: string;
  current: boolean;
  roles: string[];
}

export interface GroupDraft {
  ref: string;
  kind: ArtistKind;
  name: string;
  nameKo?: string;
  aliases: string[];
  gender?: Gender;
  debutYear?: number;
  agency?: string;
  parentRef?: string;
  /** dbkpop's "active" flag (early 2021); members of an inactive group are not current members. */
  active?: boolean;
  sources: string[];
}

export interface PersonDraft {
  name: string;
  nameKo?: string;
  realName?: string;
  realNameKo?: string;
  aliases: string[];
  gender?: Gender;
  birthDate?: string;
  debutYear?: number;
  memberships: MemberDraft[];
  sources: string[];
}

export interface KpopnetGroup {
  id: string;
  name: string;
  name_original: string | null;
  name_alias: string | null;
  agency_name: string | null;
  debut_date: string | null;
  parent_id: string | null;
  members: { idol_id: string; current: boolean; roles: string | null }[];
}

export interface KpopnetIdol {
  id: string;
  name: string;
  name_original: string | null;
  name_alias: string | null;
  real_name: string | null;
  real_name_original: string | null;
  birth_date: string | null;
  debut_date: string | null;
  groups: string[];
}

const AGENCY_NAMES: Record<string, string> = {
  dsp: 'DSP Media',
  'be:lift': 'Belift Lab',
  belift: 'Belift Lab',
  'big hit': 'Big Hit',
  bighit: 'Big Hit',
  loen: 'LOEN',
};

/** "SM Entertainment" → "SM"; "Starship Entertainment, Yuehua Entertainment" → "Starship, Yuehua". */
export function normalizeAgency(raw: string | null | undefined): string | undefined {
  if (!raw) return undefined;
  const parts = raw
    .split(/,\s*/)
    .map((p) => p.replace(/\s+(Entertainment|Ent\.?|Entertainment Co\.?,? Ltd\.?)$/i, '').trim())
    .map((p) => AGENCY_NAMES[p.toLowerCase()] ?? p)
    .filter((p) => p !== '');
  const out = [...new Set(parts)].join(', ');
  return out === '' || out.length > 120 ? undefined : out;
}

export const yearOf = (d: string | null | undefined): number | undefined =>
  d && /^\d{4}/.test(d) ? Number(d.slice(0, 4)) : undefined;
export const validDate = (d: string | null | undefined): string | undefined =>
  d && /^\d{4}-\d{2}-\d{2}$/.test(d) && !Number.isNaN(Date.parse(d)) ? d : undefined;
/** A present, certain value: empty cells and values marked uncertain ("최수영?") are dropped. */
export const opt = (s: string | null | undefined): string | undefined => (s && s.trim() !== '' && !s.includes('?') ? s.trim() : undefined);

