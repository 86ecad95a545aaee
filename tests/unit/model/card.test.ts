import { describe, expect, it } from 'vitest';
import { renderModelCard } from '../../../model/pipeline/card.ts';

const withBranch = (branch: Record<string, number>) =>
  renderModelCard({ training: { config: { flag_branch: branch } } });

describe('model card', () => {
  it('describes the flag branch as it was trained, not as once planned', () => {
    expect(withBranch({ dim: 12, divisor: 4 })).toContain('(12-dimensional, ids folded 4 to 1, linear)');
    expect(withBranch({ dim: 12, divisor: 4, hidden: 0 })).toContain('linear');
    expect(withBranch({ dim: 16, divisor: 8, hidden: 32 })).toContain(
      '(16-dimensional, ids folded 8 to 1, one hidden layer of 32)',
    );
  });

  it('renders without throwing when figures are missing, marking them n/a', () => {
    expect(renderModelCard({})).toContain('n/a');
  });
});
