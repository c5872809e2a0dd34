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
        problems.push({ path: ['nodes', id, 'choices', index, 'next'], message: `Node "${choice.next}" does not exist` });
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
    if (!reached.has(id)) problems.push({ path: ['nodes', id], message: `Node "${id}" cannot be reached from "${start}"` });
  }
  // One loop is reported once per entry into it; keep the messages unique.
  return problems.filter((p, i) => problems.findIndex((q) => q.message === p.message) === i);
}
