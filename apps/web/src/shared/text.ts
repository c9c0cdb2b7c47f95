/**
 * Folds Vietnamese text for searching: lower case, no diacritics, đ → d,
 * so "Phuong Tan Ninh" finds "Phường Tân Ninh".
 */
export function foldVietnamese(value: string): string {
  return value.toLowerCase().normalize('NFD').replace(/\p{M}/gu, '').replace(/đ/g, 'd').trim();
}

/** True when every word of the query occurs in one of the texts (folded). */
export function matchesQuery(query: string, ...texts: (string | null | undefined)[]): boolean {
  const words = foldVietnamese(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) return true;
  const haystack = foldVietnamese(texts.filter(Boolean).join(' '));
  return words.every((w) => haystack.includes(w));
}
