/** The navigator as paths: a trail and a back link for every step, anchors unique, the first path keeping the plain anchor. */
import { describe, expect, it } from 'vitest';
import { choiceTargets, navigatorSteps, type GraphNode } from '../../src/lib/navigator-graph';

const q = (...next: string[]): GraphNode => ({ type: 'question', choices: next.map((n) => ({ next: n })) });
const o: GraphNode = { type: 'outcome' };
// "danger" is reached straight from the start and again through "stranger".
const nodes = { start: q('danger', 'stranger'), stranger: q('danger', 'safe'), danger: o, safe: o };

describe('navigatorSteps', () => {
  const steps = navigatorSteps('start', nodes);

  it('gives every path its own step, with unique anchors', () => {
    expect(steps.map((s) => s.anchor)).toEqual([
      'buoc-start',
      'buoc-danger',
      'buoc-stranger',
      'buoc-stranger--danger',
      'buoc-safe',
    ]);
  });

  it('records the trail of questions and choices that led to a step', () => {
    const viaStranger = steps.find((s) => s.anchor === 'buoc-stranger--danger')!;
    expect(viaStranger.nodeId).toBe('danger');
    expect(viaStranger.trail).toEqual([
      { nodeId: 'start', anchor: 'buoc-start', choice: 1 },
      { nodeId: 'stranger', anchor: 'buoc-stranger', choice: 0 },
    ]);
    expect(steps[0]!.trail).toEqual([]);
  });

  it('links each choice to the step on its own path', () => {
    expect(choiceTargets(steps, steps[0]!)).toEqual(['buoc-danger', 'buoc-stranger']);
    expect(
      choiceTargets(
        steps,
        steps.find((s) => s.anchor === 'buoc-stranger')!,
      ),
    ).toEqual(['buoc-stranger--danger', 'buoc-safe']);
  });
});
