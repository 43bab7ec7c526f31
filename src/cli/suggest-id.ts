/**
 * "Did you mean …?" for an id the feed does not have: an editor types an
 * organiser's id with a typo, in capitals, or writes the partner's name
 * instead of its id.
 */
import {withoutDiacritics} from '../i18n/text.js';

export interface Named {
  readonly id: string;
  /** The entry's names (Polish and English), which an editor may write instead of its id. */
  readonly names: readonly string[];
}

const normalize = (value: string) => withoutDiacritics(value.trim().toLowerCase()).replace(/[\s_]+/g, '-');

/** The id `given` most likely means, or undefined when none is close enough to say so. */
export function suggestId(given: string, entries: readonly Named[]): string | undefined {
  const wanted = normalize(given);
  if (!wanted) return undefined;
  const same = entries.find((e) => normalize(e.id) === wanted || e.names.some((name) => normalize(name) === wanted));
  if (same) return same.id;
  // A typo: at most one edit in four characters, at least one.
  const allowed = Math.max(1, Math.floor(wanted.length / 4));
  let best: {id: string; distance: number} | undefined;
  for (const {id} of entries) {
    const distance = editDistance(wanted, normalize(id));
    if (distance <= allowed && (!best || distance < best.distance)) best = {id, distance};
  }
  return best?.id;
}

/** Levenshtein distance. */
function editDistance(a: string, b: string): number {
  let previous = Array.from({length: b.length + 1}, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      current[j] = Math.min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    previous = current;
  }
  return previous[b.length];
}
