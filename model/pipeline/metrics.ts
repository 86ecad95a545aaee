/** Small, dependency-free metrics for the model card. */

export function f1(tp: number, fp: number, fn: number): number {
  return tp === 0 ? 0 : (2 * tp) / (2 * tp + fp + fn);
}

/** Macro-F1 over the classes present in `gold` or `predicted`. */
export function macroF1<T extends string | number>(gold: readonly T[], predicted: readonly T[]): number {
  const classes = [...new Set([...gold, ...predicted])];
  let total = 0;
  for (const cls of classes) {
    let tp = 0;
    let fp = 0;
    let fn = 0;
    gold.forEach((g, i) => {
      const p = predicted[i];
      if (p === cls && g === cls) tp++;
      else if (p === cls) fp++;
      else if (g === cls) fn++;
    });
    total += f1(tp, fp, fn);
  }
  return classes.length ? total / classes.length : 0;
}

/** ROC AUC by the rank-sum formula, ties counted half. Undefined when one class is missing. */
export function rocAuc(scores: readonly number[], labels: readonly (0 | 1)[]): number | undefined {
  const pairs = scores.map((score, i) => ({ score, label: labels[i] })).sort((a, b) => a.score - b.score);
  const positives = pairs.filter((p) => p.label === 1).length;
  const negatives = pairs.length - positives;
  if (positives === 0 || negatives === 0) return undefined;
  let rankSum = 0;
  for (let i = 0; i < pairs.length;) {
    let j = i;
    while (j < pairs.length && pairs[j]?.score === pairs[i]?.score) j++;
    const averageRank = (i + j + 1) / 2;
    for (let k = i; k < j; k++) if (pairs[k]?.label === 1) rankSum += averageRank;
    i = j;
  }
  return (rankSum - (positives * (positives + 1)) / 2) / (positives * negatives);
}

/**
 * Recall on the ROC curve where at most `falseFlagRate` of the negatives are flagged: positives that
 * score above the highest negative score left unflagged. Like AUC it ignores where a rule's threshold
 * sits, so two models compare at the same false flags. Undefined when one class is missing.
 */
export function recallAtFalseFlagRate(
  scores: readonly number[],
  labels: readonly (0 | 1)[],
  falseFlagRate: number,
): number | undefined {
  const negatives = scores.filter((_, i) => labels[i] === 0).sort((a, b) => b - a);
  const positives = scores.filter((_, i) => labels[i] === 1);
  if (positives.length === 0 || negatives.length === 0) return undefined;
  // Scores strictly above the first negative past the allowance are flagged: ties stay unflagged.
  const bar = negatives[Math.floor(falseFlagRate * negatives.length)] ?? -Infinity;
  return positives.filter((score) => score > bar).length / positives.length;
}

export function round(value: number | undefined, digits = 3): number | null {
  if (value === undefined || !Number.isFinite(value)) return null;
  const factor = 10 ** digits;
  return Math.round(value * factor) / factor;
}
