import { describe, expect, it } from 'vitest';
import { z } from 'astro/zod';
import { readCollection } from '../../src/lib/content-files';
import {
  clear,
  load,
  parseProgress,
  save,
  storageKey,
  type ProgressStorage,
  type QuizProgress,
  type QuizShape,
} from '../../src/islands/quiz/storage';
import type { QuizData } from '../../src/schemas/quizzes';

/** Storage in a Map, counting removals. */
class MemoryStorage implements ProgressStorage {
  items = new Map<string, string>();
  removed: string[] = [];
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.removed.push(key);
    this.items.delete(key);
  }
}

/** Storage that throws on every call, like Safari with storage blocked in an iframe. */
const throwing: ProgressStorage = {
  getItem() {
    throw new DOMException('blocked', 'SecurityError');
  },
  setItem() {
    throw new DOMException('full', 'QuotaExceededError');
  },
  removeItem() {
    throw new DOMException('blocked', 'SecurityError');
  },
};

const quizId = 'vi/test';
const key = storageKey(quizId);
const quiz: QuizShape = [
  { kind: 'single', options: [{}, {}, {}] },
  { kind: 'multiple', options: [{}, {}, {}, {}] },
  { kind: 'truefalse', options: [{}, {}] },
];
const progress = (over: Partial<QuizProgress> = {}): QuizProgress => ({
  version: 1,
  quizId,
  answers: [[0], [1, 3]],
  current: 1,
  finished: false,
  ...over,
});
const withItem = (value: unknown) => {
  const storage = new MemoryStorage();
  storage.setItem(key, typeof value === 'string' ? value : JSON.stringify(value));
  return storage;
};

describe('storageKey', () => {
  it('namespaces the quiz id', () => {
    expect(storageKey('vi/choi-game-an-toan')).toBe('antoanso:quiz:vi/choi-game-an-toan');
  });
});

describe('save and load', () => {
  it('round-trips progress', () => {
    const storage = new MemoryStorage();
    expect(save(progress(), storage)).toBe(true);
    expect(load(quizId, quiz, storage)).toEqual({ status: 'ok', progress: progress() });
  });

  it('round-trips a finished quiz', () => {
    const storage = new MemoryStorage();
    const done = progress({ answers: [[0], [1], [1]], current: 2, finished: true });
    save(done, storage);
    expect(load(quizId, quiz, storage)).toEqual({ status: 'ok', progress: done });
  });

  it('reports empty when nothing is saved', () => {
    expect(load(quizId, quiz, new MemoryStorage())).toEqual({ status: 'empty' });
  });

  it('keeps quizzes apart', () => {
    const storage = new MemoryStorage();
    save(progress(), storage);
    expect(load('vi/other', quiz, storage)).toEqual({ status: 'empty' });
  });

  it('stores only the versioned progress object (no name, nothing else)', () => {
    const storage = new MemoryStorage();
    save(progress(), storage);
    expect([...storage.items.keys()]).toEqual([key]);
    expect(Object.keys(JSON.parse(storage.items.get(key)!)).sort()).toEqual([
      'answers',
      'current',
      'finished',
      'quizId',
      'version',
    ]);
  });
});

describe('load resets what does not fit', () => {
  it.each([
    ['corrupted JSON', '{"version":1,'],
    ['not JSON at all', 'hello'],
    ['JSON null', 'null'],
    ['an array', '[]'],
    ['a number', '42'],
  ])('%s', (_name, raw) => {
    const storage = withItem(raw);
    expect(load(quizId, quiz, storage)).toEqual({ status: 'reset' });
    expect(storage.items.has(key)).toBe(false);
  });

  it.each<[string, Record<string, unknown>]>([
    ['a newer version', { version: 2 }],
    ['no version', { version: undefined }],
    ['a version as a string', { version: '1' }],
    ['another quiz id', { quizId: 'vi/other' }],
    ['answers not an array', { answers: 'x' }],
    ['an answer not an array', { answers: [0, [1]] }],
    ['an empty answer', { answers: [[], [1]] }],
    ['a non-integer index', { answers: [[0.5], [1]] }],
    ['an index as a string', { answers: [['0'], [1]] }],
    ['a negative index', { answers: [[-1], [1]] }],
    ['an index past the options', { answers: [[3], [1]] }],
    ['two answers to a single question', { answers: [[0, 1], [1]] }],
    ['a repeated index', { answers: [[0], [1, 1]] }],
    ['more answers than questions', { answers: [[0], [1], [0], [0]], current: 2 }],
    ['current past the last question', { answers: [[0], [1], [0]], current: 3 }],
    ['current negative', { current: -1 }],
    ['current not an integer', { current: 1.5 }],
    ['current ahead of the answers', { answers: [[0]], current: 2 }],
    ['current behind the answers', { answers: [[0], [1]], current: 0 }],
    ['finished before every question is answered', { finished: true }],
    ['finished not a boolean', { finished: 'yes' }],
  ])('%s', (_name, change) => {
    const storage = withItem({ ...progress(), ...change });
    expect(load(quizId, quiz, storage)).toEqual({ status: 'reset' });
    expect(storage.removed).toEqual([key]);
  });

  it('resets progress saved for a quiz that has since lost questions', () => {
    const storage = new MemoryStorage();
    save(progress({ answers: [[0], [1], [1]], current: 2, finished: true }), storage);
    expect(load(quizId, quiz.slice(0, 2), storage)).toEqual({ status: 'reset' });
  });
});

describe('failing storage never breaks the quiz', () => {
  it('load reports empty', () => {
    expect(load(quizId, quiz, throwing)).toEqual({ status: 'empty' });
  });

  it('save reports false', () => {
    expect(save(progress(), throwing)).toBe(false);
  });

  it('clear does not throw', () => {
    expect(() => clear(quizId, throwing)).not.toThrow();
  });

  it('a reset on storage that cannot remove still reports reset', () => {
    const storage = withItem('{broken');
    storage.removeItem = () => {
      throw new Error('blocked');
    };
    expect(load(quizId, quiz, storage)).toEqual({ status: 'reset' });
  });

  it('without any storage (no window, as in Node) nothing throws', () => {
    expect(load(quizId, quiz)).toEqual({ status: 'empty' });
    expect(save(progress())).toBe(false);
    expect(() => clear(quizId)).not.toThrow();
  });
});

describe('clear', () => {
  it('removes only this quiz', () => {
    const storage = new MemoryStorage();
    save(progress(), storage);
    save(progress({ quizId: 'vi/other' }), storage);
    clear(quizId, storage);
    expect(load(quizId, quiz, storage)).toEqual({ status: 'empty' });
    expect(load('vi/other', quiz, storage).status).toBe('ok');
  });
});

/**
 * The format as an astro/zod schema: the readable spec. The browser uses the
 * hand-written parseProgress (zod would break the JS budget); both must agree.
 */
function progressSchema(id: string, shape: QuizShape) {
  const index = (below: number) => z.number().int().min(0).lt(below);
  return z
    .object({
      version: z.literal(1),
      quizId: z.literal(id),
      answers: z
        .array(z.array(z.number()).min(1))
        .max(shape.length)
        .superRefine((answers, ctx) =>
          answers.forEach((answer, i) => {
            const question = shape[i]!;
            const fits =
              z.array(index(question.options.length)).safeParse(answer).success &&
              new Set(answer).size === answer.length &&
              (question.kind === 'multiple' || answer.length === 1);
            if (!fits) ctx.addIssue({ code: 'custom', path: [i], message: 'does not fit the question' });
          }),
        ),
      current: index(shape.length),
      finished: z.boolean(),
    })
    .refine((p) => p.answers.length >= p.current && p.answers.length <= p.current + 1, 'current and answers disagree')
    .refine((p) => !p.finished || p.answers.length === shape.length, 'finished with questions left');
}

describe('parseProgress agrees with the zod schema of the format', () => {
  const schema = progressSchema(quizId, quiz);
  // Every combination of a few good and bad values per field.
  const values = {
    version: [1, 2, '1'],
    quizId: [quizId, 'vi/other'],
    answers: [
      [],
      [[0]],
      [[0], [1, 3]],
      [[2], [0, 1, 2, 3], [0]],
      [[0], [1], [1], [0]],
      [[3]],
      [[0, 1]],
      [[0], []],
      [[0], [1, 1]],
      [[0.5]],
      'x',
    ],
    current: [0, 1, 2, 3, -1, 0.5],
    finished: [false, true, 0],
  };
  const samples = values.version.flatMap((version) =>
    values.quizId.flatMap((id) =>
      values.answers.flatMap((answers) =>
        values.current.flatMap((current) =>
          values.finished.map((finished) => ({ version, quizId: id, answers, current, finished })),
        ),
      ),
    ),
  );

  it('on every sample', () => {
    const disagreements = samples.filter(
      (sample) => (parseProgress(sample, quizId, quiz) !== undefined) !== schema.safeParse(sample).success,
    );
    expect(disagreements).toEqual([]);
    // The samples must hold both kinds, or the test proves nothing.
    expect(samples.some((sample) => schema.safeParse(sample).success)).toBe(true);
  });
});

describe('with the real quizzes', () => {
  const quizzes = readCollection('quizzes');

  it.each(quizzes.map((file) => [file.file, file] as const))(
    '%s: answering every correct option round-trips',
    (_name, file) => {
      const { questions } = file.data as QuizData;
      const storage = new MemoryStorage();
      const answers = questions.map((q) => q.options.flatMap((o, i) => (o.correct ? [i] : [])));
      const done: QuizProgress = {
        version: 1,
        quizId: file.file,
        answers,
        current: questions.length - 1,
        finished: true,
      };
      save(done, storage);
      expect(load(file.file, questions, storage)).toEqual({ status: 'ok', progress: done });
    },
  );
});
