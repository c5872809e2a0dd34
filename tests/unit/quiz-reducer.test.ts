import { describe, expect, it } from 'vitest';
import { initialState, progressOf, quizReducer, type QuizAction, type QuizState } from '../../src/islands/quiz/reducer';
import type { ScorableQuestion } from '../../src/islands/quiz/scoring';
import { classroomReducer, classroomStart, maxTeams, type ClassroomAction } from '../../src/islands/quiz/classroom';

const options = (...correct: boolean[]) => correct.map((c) => ({ correct: c }));
const questions: ScorableQuestion[] = [
  { kind: 'single', options: options(false, true, false) },
  { kind: 'multiple', options: options(true, false, true, false) },
  { kind: 'truefalse', options: options(true, false) },
];
const reduce = quizReducer(questions);
const run = (...actions: QuizAction[]) => actions.reduce(reduce, initialState);

describe('quiz reducer', () => {
  it('a single question keeps one choice; a multiple question keeps a sorted set', () => {
    expect(run({ type: 'choose', index: 0, on: true }, { type: 'choose', index: 2, on: true }).selected).toEqual([2]);
    const multi: QuizState = { ...initialState, current: 1 };
    const ticked = [3, 0, 2].reduce((s, index) => reduce(s, { type: 'choose', index, on: true }), multi);
    expect(ticked.selected).toEqual([0, 2, 3]);
    expect(reduce(ticked, { type: 'choose', index: 3, on: false }).selected).toEqual([0, 2]);
  });

  it('ignores options that do not exist', () => {
    expect(run({ type: 'choose', index: 7, on: true })).toBe(initialState);
  });

  it('check with nothing chosen says so and stays on the question', () => {
    const state = run({ type: 'check' });
    expect(state.phase).toBe('question');
    expect(state.nothingChosen).toBe(true);
    expect(run({ type: 'check' }, { type: 'choose', index: 1, on: true }).nothingChosen).toBe(false);
  });

  it('check records the answer and shows feedback; next moves on; the last next shows the result', () => {
    const feedback = run({ type: 'choose', index: 0, on: true }, { type: 'check' });
    expect(feedback).toMatchObject({ phase: 'feedback', answers: [[0]], selected: [] });
    expect(reduce(feedback, { type: 'choose', index: 1, on: true })).toBe(feedback);
    const all = run(
      { type: 'choose', index: 0, on: true },
      { type: 'check' },
      { type: 'next' },
      { type: 'choose', index: 0, on: true },
      { type: 'check' },
      { type: 'next' },
      { type: 'choose', index: 0, on: true },
      { type: 'check' },
    );
    expect(all).toMatchObject({ phase: 'feedback', current: 2 });
    expect(reduce(all, { type: 'next' }).phase).toBe('result');
  });

  it('review walks through the missed questions only, then returns to the result', () => {
    // Q1 wrong, Q2 partly right, Q3 right.
    const result: QuizState = { ...initialState, phase: 'result', answers: [[0], [0], [0]], current: 2 };
    const first = reduce(result, { type: 'review' });
    expect(first).toMatchObject({ phase: 'review', current: 0 });
    const second = reduce(first, { type: 'next' });
    expect(second).toMatchObject({ phase: 'review', current: 1 });
    expect(reduce(second, { type: 'next' }).phase).toBe('result');
    expect(reduce(first, { type: 'endReview' }).phase).toBe('result');
  });

  it('review does nothing when every answer was right', () => {
    const perfect: QuizState = { ...initialState, phase: 'result', answers: [[1], [0, 2], [0]], current: 2 };
    expect(reduce(perfect, { type: 'review' })).toBe(perfect);
  });

  it('restart empties everything', () => {
    expect(run({ type: 'choose', index: 0, on: true }, { type: 'check' }, { type: 'restart' })).toEqual(initialState);
  });

  it('restores saved progress to the screen it was on, and saves what it restores', () => {
    const onFeedback = run({ type: 'restore', answers: [[1]], current: 0, finished: false });
    expect(onFeedback.phase).toBe('feedback');
    expect(progressOf(onFeedback)).toEqual({ answers: [[1]], current: 0, finished: false });
    const onQuestion = run({ type: 'restore', answers: [[1]], current: 1, finished: false });
    expect(onQuestion.phase).toBe('question');
    const finished = run({ type: 'restore', answers: [[1], [0, 2], [0]], current: 2, finished: true });
    expect(finished.phase).toBe('result');
    expect(progressOf(finished)).toEqual({ answers: [[1], [0, 2], [0]], current: 2, finished: true });
  });
});

describe('classroom reducer', () => {
  const classroom = classroomReducer(3);
  const play = (...actions: ClassroomAction[]) => actions.reduce(classroom, classroomStart);

  it('moves between questions within the quiz and hides the answer on each move', () => {
    expect(play({ type: 'previous' })).toBe(classroomStart);
    expect(play({ type: 'reveal' }, { type: 'next' })).toEqual({ current: 1, revealed: false, teams: [] });
    const atEnd = play({ type: 'next' }, { type: 'next' });
    expect(atEnd.current).toBe(2);
    expect(classroom(atEnd, { type: 'next' })).toBe(atEnd);
    expect(classroom(atEnd, { type: 'previous' }).current).toBe(1);
  });

  it('reveals only when the teacher asks', () => {
    expect(classroomStart.revealed).toBe(false);
    expect(play({ type: 'reveal' }).revealed).toBe(true);
  });

  it('keeps team scores, at most six teams, never below zero', () => {
    const teams = play(
      { type: 'addTeam' },
      { type: 'addTeam' },
      { type: 'point', team: 1, delta: 1 },
      { type: 'point', team: 1, delta: 1 },
      { type: 'point', team: 0, delta: -1 },
    );
    expect(teams.teams).toEqual([0, 2]);
    expect(classroom(teams, { type: 'point', team: 5, delta: 1 })).toBe(teams);
    const six = Array.from({ length: 8 }, () => ({ type: 'addTeam' }) as const).reduce(classroom, classroomStart);
    expect(six.teams).toHaveLength(maxTeams);
  });
});
