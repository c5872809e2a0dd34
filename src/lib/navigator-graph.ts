/**
 * Checks the "what should I do?" decision graph: every choice leads to a
 * node that exists, every path ends at an outcome (no loops), and every node
 * can be reached from the start.
 */
export type GraphNode = { type: 'question'; choices: { next: string }[] } | { type: 'outcome' };

export interface GraphProblem {
  /** Path into the nodes record, for the error message. */
  path: (string | number)[];
  message: string;
}

export function navigatorGraphProblems(start: string, nodes: Record<string, GraphNode>): GraphProblem[] {
  const problems: GraphProblem[] = [];
  if (!(start in nodes)) {
    return [{ path: ['start'], message: `Start node "${start}" does not exist` }];
  }
  for (const [id, node] of Object.entries(nodes)) {
    if (node.type !== 'question') continue;
    node.choices.forEach((choice, index) => {
      if (!(choice.next in nodes)) {
        problems.push({
          path: ['nodes', id, 'choices', index, 'next'],
          message: `Node "${choice.next}" does not exist`,
        });
      }
    });
  }
  if (problems.length > 0) return problems;

  const reached = new Set<string>();
  const visit = (id: string, trail: string[]): void => {
    if (trail.includes(id)) {
      const loop = [...trail.slice(trail.indexOf(id)), id].join(' → ');
      problems.push({ path: ['nodes', id], message: `The path ${loop} loops and never reaches an outcome` });
      return;
    }
    reached.add(id);
    const node = nodes[id]!;
    if (node.type === 'question') {
      for (const choice of node.choices) visit(choice.next, [...trail, id]);
    }
  };
  visit(start, []);

  for (const id of Object.keys(nodes)) {
    if (!reached.has(id))
      problems.push({ path: ['nodes', id], message: `Node "${id}" cannot be reached from "${start}"` });
  }
  // One loop is reported once per entry into it; keep the messages unique.
  return problems.filter((p, i) => problems.findIndex((q) => q.message === p.message) === i);
}

/** One step of the navigator as the reader meets it: a node reached by one particular path. */
export interface NavigatorStep {
  /** The section's anchor: `buoc-<node>` on the first (shortest) path to a node, longer on the others. */
  anchor: string;
  nodeId: string;
  /** The questions answered on the way here, each with the choice made and the anchor of that step. */
  trail: { nodeId: string; anchor: string; choice: number }[];
}

/**
 * Every path through the graph as its own step, so the page can show the trail of
 * choices and a one-step back link with anchors alone (no JavaScript). A node
 * reached by several paths appears once per path. Breadth-first, so the first
 * path to a node is its shortest and keeps the plain `buoc-<node>` anchor.
 */
export function navigatorSteps(start: string, nodes: Record<string, GraphNode>): NavigatorStep[] {
  const steps: NavigatorStep[] = [];
  const seen = new Set<string>();
  const queue: { nodeId: string; trail: NavigatorStep['trail'] }[] = [{ nodeId: start, trail: [] }];
  while (queue.length > 0) {
    const { nodeId, trail } = queue.shift()!;
    const anchor = seen.has(nodeId)
      ? `buoc-${[...trail.slice(1).map((t) => t.nodeId), nodeId].join('--')}`
      : `buoc-${nodeId}`;
    seen.add(nodeId);
    steps.push({ anchor, nodeId, trail });
    const node = nodes[nodeId]!;
    if (node.type === 'question') {
      node.choices.forEach((choice, index) =>
        queue.push({ nodeId: choice.next, trail: [...trail, { nodeId, anchor, choice: index }] }),
      );
    }
  }
  return steps;
}

/** The anchor each choice of a step leads to, in choice order. */
export function choiceTargets(steps: NavigatorStep[], step: NavigatorStep): string[] {
  return steps
    .filter((s) => s.trail.length === step.trail.length + 1 && s.trail.at(-1)!.anchor === step.anchor)
    .sort((a, b) => a.trail.at(-1)!.choice - b.trail.at(-1)!.choice)
    .map((s) => s.anchor);
}
