import { z } from 'astro/zod';
import { ageBand, pageFields } from './shared';

export const questionKinds = ['single', 'multiple', 'truefalse', 'scenario'] as const;

const option = z.strictObject({
  text: z.string().min(1),
  correct: z.boolean(),
  /** Why this option is right or wrong: shown right after the child answers. */
  explanation: z.string().min(1, 'Every option needs an explanation'),
});

const question = z
  .strictObject({
    /** single: one right answer; multiple: tick all that apply; truefalse: Đúng/Sai; scenario: "what would you do?". */
    kind: z.enum(questionKinds),
    prompt: z.string().min(1),
    /** For scenario questions: the short story the question is about. */
    scenario: z.string().optional(),
    options: z.array(option).min(2),
  })
  .superRefine((q, ctx) => {
    const correct = q.options.filter((o) => o.correct).length;
    const fail = (message: string) => ctx.addIssue({ code: 'custom', path: ['options'], message });
    if ((q.kind === 'single' || q.kind === 'scenario') && correct !== 1) {
      fail(`A ${q.kind} question needs exactly one correct option; this one has ${correct}`);
    }
    if (q.kind === 'truefalse' && (q.options.length !== 2 || correct !== 1)) {
      fail('A truefalse question has exactly two options, one of them correct');
    }
    if (q.kind === 'multiple' && (correct < 1 || correct === q.options.length)) {
      fail('A multiple question needs at least one correct and one wrong option');
    }
    if (q.kind === 'scenario' && !q.scenario) {
      ctx.addIssue({ code: 'custom', path: ['scenario'], message: 'A scenario question needs its scenario text' });
    }
  });

/** Quizzes that teach as they test. One YAML file per quiz and locale. */
export const quizSchema = z.strictObject({
  ...pageFields,
  audience: pageFields.audience.default(['children']),
  /** The age band the quiz is written for. */
  ageBand,
  /** Guide ids (e.g. "nguoi-la-nhan-tin") suggested after the quiz, in this locale's folder. */
  readNext: z.array(z.string()).min(1, 'Suggest at least one guide to read next'),
  questions: z.array(question).min(8, 'A quiz has at least 8 questions'),
});

export type QuizData = z.infer<typeof quizSchema>;
export type QuizQuestion = QuizData['questions'][number];
