/**
 * Quiz progress in localStorage, and nowhere else. The format is versioned so
 * a later change can tell old data apart. Anything stored that does not fit
 * the quiz on the page is removed, and the UI says so (`quiz.storageReset`).
 *
 * Storage can be missing or throw (private mode, blocked third-party storage
 * inside an iframe, a full quota), so every access is guarded: a failing
 * storage behaves like an empty one and never breaks the quiz.
 *
 * The checks are hand-written rather than an astro/zod schema on purpose:
 * this module ships to the browser, and zod costs 5–24 KB gzip against a
 * 15 KB budget for the whole quiz page. tests/unit/quiz-storage.test.ts holds
 * the zod schema of the format and proves both agree.
 */
import type { QuizQuestion } from '../../schemas/quizzes';

export const progressVersion = 1;

export interface QuizProgress {
  version: typeof progressVersion;
  quizId: string;
  /** answers[i]: the option indexes checked for question i, in order. */
  answers: number[][];
  /** The question on screen; it may already be answered (feedback showing). */
  current: number;
  /** The child has seen the result. */
  finished: boolean;
}

export type LoadResult = { status: 'empty' } | { status: 'reset' } | { status: 'ok'; progress: QuizProgress };

/** What storage needs to know about the quiz to judge stored answers. */
export type QuizShape = readonly (Pick<QuizQuestion, 'kind'> & { options: readonly unknown[] })[];

/** The part of the Web Storage API used here, so tests can pass a stub. */
export type ProgressStorage = Pick<Storage, 'getItem' | 'setItem' | 'removeItem'>;

export function storageKey(quizId: string): string {
  return `antoanso:quiz:${quizId}`;
}

/** window.localStorage, or undefined where reading the property itself throws. */
function browserStorage(): ProgressStorage | undefined {
  try {
    return window.localStorage;
  } catch {
    return undefined;
  }
}

const isIndex = (value: unknown, below: number): value is number =>
  typeof value === 'number' && Number.isInteger(value) && value >= 0 && value < below;

/**
 * The stored value as progress for this quiz, or undefined when it has the
 * wrong version or shape, or does not fit the quiz.
 */
export function parseProgress(value: unknown, quizId: string, quiz: QuizShape): QuizProgress | undefined {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return undefined;
  const { version, quizId: storedId, answers, current, finished } = value as Record<string, unknown>;
  if (version !== progressVersion || storedId !== quizId || typeof finished !== 'boolean') return undefined;
  if (!Array.isArray(answers) || answers.length > quiz.length) return undefined;
  // Answers are saved in order, so the one on screen is the last answered or the next one.
  if (!isIndex(current, quiz.length) || answers.length < current || answers.length > current + 1) return undefined;
  if (finished && answers.length !== quiz.length) return undefined;
  const fits = answers.every((answer: unknown, index) => {
    const question = quiz[index]!;
    if (!Array.isArray(answer) || answer.length === 0) return false;
    if (question.kind !== 'multiple' && answer.length !== 1) return false;
    return answer.every((option) => isIndex(option, question.options.length)) && new Set(answer).size === answer.length;
  });
  return fits ? { version: progressVersion, quizId, answers: answers as number[][], current, finished } : undefined;
}

/** Reads saved progress. Anything unreadable is removed and reported as 'reset'. */
export function load(quizId: string, quiz: QuizShape, storage = browserStorage()): LoadResult {
  let raw: string | null;
  try {
    raw = storage ? storage.getItem(storageKey(quizId)) : null;
  } catch {
    return { status: 'empty' };
  }
  if (raw === null) return { status: 'empty' };
  let progress: QuizProgress | undefined;
  try {
    progress = parseProgress(JSON.parse(raw), quizId, quiz);
  } catch {
    progress = undefined;
  }
  if (progress) return { status: 'ok', progress };
  clear(quizId, storage);
  return { status: 'reset' };
}

/** Saves progress; false when storage is unavailable or full. */
export function save(progress: QuizProgress, storage = browserStorage()): boolean {
  try {
    if (!storage) return false;
    storage.setItem(storageKey(progress.quizId), JSON.stringify(progress));
    return true;
  } catch {
    return false;
  }
}

/** Removes saved progress for one quiz ("Xóa tiến độ", "Làm lại từ đầu"). */
export function clear(quizId: string, storage = browserStorage()): void {
  try {
    storage?.removeItem(storageKey(quizId));
  } catch {
    // Nothing to do: storage that cannot be written holds nothing of ours.
  }
}
