import { z } from 'astro/zod';
import { site } from '../config/site';
import { navigatorGraphProblems } from '../lib/navigator-graph';
import { datesAndReviewer, sourceId } from './shared';

const contactIds = new Set(site.contacts.map((c) => c.id));

const questionNode = z.strictObject({
  type: z.literal('question'),
  /** The question, in the reader's words. */
  question: z.string().min(1),
  /** Optional one-line hint under the question. */
  hint: z.string().optional(),
  choices: z.array(z.strictObject({ label: z.string().min(1), next: z.string().min(1) })).min(2),
});

const outcomeNode = z.strictObject({
  type: z.literal('outcome'),
  title: z.string().min(1),
  /** What to do, in order. */
  actions: z.array(z.string().min(1)).min(1),
  /** Contact ids from src/config/site.ts to call. */
  contacts: z
    .array(
      z.string().refine((id) => contactIds.has(id), {
        message: `Unknown contact id. Use one of src/config/site.ts: ${[...contactIds].join(', ')}`,
      }),
    )
    .min(1, 'Every outcome names at least one contact'),
  /** Guide ids in the same locale to read next. */
  readMore: z.array(z.string()).default([]),
  /** A child is in danger right now: the choices that lead here are shown as an emergency. */
  danger: z.boolean().default(false),
});

/** The "what should I do?" decision graph, one file per locale. */
export const navigatorSchema = z
  .strictObject({
    title: z.string().min(1),
    description: z.string().min(20).max(200),
    ...datesAndReviewer,
    sources: z.array(sourceId).min(1),
    /** The id of the first question. */
    start: z.string().min(1),
    nodes: z.record(z.string(), z.discriminatedUnion('type', [questionNode, outcomeNode])),
  })
  .superRefine((graph, ctx) => {
    for (const problem of navigatorGraphProblems(graph.start, graph.nodes)) {
      ctx.addIssue({ code: 'custom', path: problem.path, message: problem.message });
    }
  });

export type NavigatorData = z.infer<typeof navigatorSchema>;
export type NavigatorNode = NavigatorData['nodes'][string];
