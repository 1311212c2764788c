import { distance } from 'fastest-levenshtein';

/** A column name as compared: lower case, without separators (`Picked-Up_At` → `pickedupat`). */
const bare = (name: string) => name.toLowerCase().replace(/[\s_\-.]/g, '');

/**
 * How many letters apart two names are, when they are near: at most three and at most two fifths of the shorter
 * name (names of three letters or fewer only when alike), once case and separators are set aside.
 */
function lettersApart(a: string, b: string): number | undefined {
  const [x, y] = [bare(a), bare(b)];
  const apart = distance(x, y);
  const shorter = Math.min(x.length, y.length);
  return apart > 3 || apart > 0.4 * shorter || (shorter <= 3 && apart > 0) ? undefined : apart;
}

/**
 * For the names wanted, the names of `candidates` spelt nearly like them (`picked_up_at` for `pickup_at`), each
 * candidate offered once, to the wanted name nearest to it, the nearest pairs first. A wanted name with two
 * candidates equally near is offered none: the reader is not pointed at a guess.
 */
export function nearlySpelt(wanted: readonly string[], candidates: readonly string[]): Map<string, string> {
  const pairs = wanted
    .flatMap((w) => candidates.map((c) => ({ w, c, apart: lettersApart(w, c) })))
    .filter((p): p is { w: string; c: string; apart: number } => p.apart !== undefined)
    .sort((p, q) => p.apart - q.apart);
  const offered = new Map<string, string>();
  const given = new Set<string>();
  const settled = new Set<string>();
  for (const { w, c, apart } of pairs) {
    if (settled.has(w) || given.has(c)) continue;
    settled.add(w);
    const rival = pairs.some((p) => p.w === w && p.c !== c && p.apart === apart && !given.has(p.c));
    if (rival) continue;
    offered.set(w, c);
    given.add(c);
  }
  return offered;
}
