/**
 * Which quote document of the original each quote of a translation is. A translation may
 * have a quote more or less than its original (a parser catches reported speech in one
 * language and not in the other, an editor drops one), so pairing by order would give a
 * quote document to one person in English and another in Russian. Instead the two lists
 * are aligned on their speakers (the longest common subsequence of speaker documents, in
 * order): a translated quote takes the original quote it lines up with, or none (it then
 * becomes a quote document of its own). Quotes with no speaker line up with each other.
 * O(n·m) with n, m ≤ the per-file quote limit (100).
 */
export function alignQuotes(original: Array<string | null>, translated: Array<string | null>): Array<number | null> {
  const n = original.length;
  const m = translated.length;
  // lcs[i][j]: the longest common subsequence of original[i..] and translated[j..].
  const lcs = Array.from({ length: n + 1 }, () => new Array<number>(m + 1).fill(0));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = original[i] === translated[j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const paired: Array<number | null> = new Array(m).fill(null);
  let i = 0;
  let j = 0;
  while (i < n && j < m) {
    if (original[i] === translated[j]) {
      paired[j] = i;
      i++;
      j++;
    } else if (lcs[i + 1][j] >= lcs[i][j + 1]) i++;
    else j++;
  }
  return paired;
}
