/**
 * Normalises broadcaster names from the sources. Terrestrial channels get their short names
 * (KBS 2TV = KBS2, MBC TV = MBC, SBS TV = SBS); streaming services are platforms, never networks.
 */

interface Outlet {
  name: string;
  type: 'network' | 'platform';
  pattern: RegExp;
}

const OUTLETS: Outlet[] = [
  { name: 'KBS2', type: 'network', pattern: /KBS ?(제)?2 ?TV|KBS2|한국방송 ?2/i },
  { name: 'KBS1', type: 'network', pattern: /KBS ?(제)?1 ?TV|KBS1|한국방송 ?1/i },
  { name: 'KBS W', type: 'network', pattern: /KBS ?W\b/i },
  { name: 'KBS', type: 'network', pattern: /한국방송공사|\bKBS\b/i },
  { name: 'MBC every1', type: 'network', pattern: /MBC ?every ?1/i },
  { name: 'MBC Drama', type: 'network', pattern: /MBC ?Dramanet|MBC 드라마넷/i },
  { name: 'MBC', type: 'network', pattern: /문화방송|\bMBC\b/i },
  { name: 'SBS Plus', type: 'network', pattern: /SBS ?Plus|SBS 플러스/i },
  { name: 'SBS', type: 'network', pattern: /서울방송|\bSBS\b/i },
  { name: 'EBS', type: 'network', pattern: /한국교육방송공사|\bEBS\b/i },
  { name: 'XtvN', type: 'network', pattern: /XtvN/i },
  { name: 'tvN', type: 'network', pattern: /\btvN\b/i },
  { name: 'JTBC', type: 'network', pattern: /JTBC/i },
  { name: 'OCN', type: 'network', pattern: /\bOCN\b/i },
  { name: 'MBN', type: 'network', pattern: /\bMBN\b/i },
  { name: 'TV Chosun', type: 'network', pattern: /TV ?CHOSUN|TV ?조선/i },
  { name: 'Channel A', type: 'network', pattern: /채널 ?A|Channel ?A/i },
  { name: 'ENA', type: 'network', pattern: /\bENA\b/i },
  { name: 'DramaX', type: 'network', pattern: /드라맥스|DramaX/i },
  { name: 'DRAMAcube', type: 'network', pattern: /DRAMAcube|드라마큐브/i },
  { name: "O'live", type: 'network', pattern: /OLIVE|올리브/i },
  { name: 'Mnet', type: 'network', pattern: /\bMnet\b/i },
  { name: 'OnStyle', type: 'network', pattern: /On ?Style|온스타일/i },
  { name: 'Tooniverse', type: 'network', pattern: /Tooniverse|투니버스/i },
  { name: 'E-Channel', type: 'network', pattern: /E-Channel/i },
  { name: 'Fuji TV', type: 'network', pattern: /Fuji TV|후지 ?TV/i },
  { name: 'BS Japan', type: 'network', pattern: /BS Japan/i },
  { name: 'ViuTV', type: 'network', pattern: /ViuTV/i },
  { name: 'Lifetime', type: 'network', pattern: /라이프타임|Lifetime/i },
  { name: 'Netflix', type: 'platform', pattern: /Netflix|넷플릭스/i },
  { name: 'Disney+', type: 'platform', pattern: /Disney\+|디즈니\+/i },
  { name: 'TVING', type: 'platform', pattern: /TVING|티빙/i },
  { name: 'Wavve', type: 'platform', pattern: /Wavve|웨이브/i },
  { name: 'Coupang Play', type: 'platform', pattern: /Coupang ?Play|쿠팡 ?플레이/i },
  { name: 'Viki', type: 'platform', pattern: /\bViki\b/i },
  { name: 'iQiyi', type: 'platform', pattern: /iQiyi/i },
  { name: 'WeTV', type: 'platform', pattern: /WeTV/i },
  { name: 'Prime Video', type: 'platform', pattern: /Prime Video|Amazon Prime/i },
  { name: 'Naver TV', type: 'platform', pattern: /Naver TV|네이버 ?TV/i },
  { name: 'Kakao TV', type: 'platform', pattern: /Kakao ?TV|카카오 ?TV/i },
  { name: 'V Live', type: 'platform', pattern: /vLive|V LIVE|브이 ?라이브/i },
  { name: 'Oksusu', type: 'platform', pattern: /Oksusu|옥수수/i },
  { name: 'LINE TV', type: 'platform', pattern: /LINE TV/i },
  { name: 'Sohu TV', type: 'platform', pattern: /Sohu|소후/i },
  { name: 'Seezn', type: 'platform', pattern: /Seezn/i },
];

export interface Outlets {
  networks: string[];
  platforms: string[];
}

/**
 * Finds every known outlet in a free-text channel cell, in order of appearance.
 * A broader name (KBS) is dropped when a precise one (KBS2) was found.
 */
export function parseOutlets(raw: string): Outlets {
  const hits: { name: string; type: Outlet['type']; at: number }[] = [];
  let rest = raw;
  for (const o of OUTLETS) {
    const re = new RegExp(o.pattern.source, `${o.pattern.flags.replace('g', '')}g`);
    for (const m of rest.matchAll(re)) {
      hits.push({ name: o.name, type: o.type, at: m.index });
    }
    rest = rest.replace(re, (m) => ' '.repeat(m.length));
  }
  hits.sort((a, b) => a.at - b.at);
  const networks = unique(hits.filter((h) => h.type === 'network').map((h) => h.name));
  const platforms = unique(hits.filter((h) => h.type === 'platform').map((h) => h.name));
  return { networks, platforms };
}

/** Streaming services from a list of availability labels; regional channels and stores are ignored. */
export function parsePlatforms(labels: string[]): string[] {
  return unique(labels.flatMap((l) => parseOutlets(l).platforms));
}

function unique(xs: string[]): string[] {
  return [...new Set(xs)];
}
