/**
 * The quiz as a pure state machine: what is on screen and what the child has
 * answered, changed only by actions. The island renders it and saves it; the
 * classroom view reuses it with a teacher in control. No DOM, no storage here.
 *
 *   question ──check──▶ feedback ──next──▶ question … ──next (last)──▶ result
 *   result ──review──▶ review (missed questions, one at a time) ──next (last) or endReview──▶ result
 *   any ──restart──▶ question 1
 */
import { missedQuestions, type ScorableQuestion } from './scoring';

export type Phase = 'question' | 'feedback' | 'result' | 'review';

export interface QuizState {
  phase: Phase;
  /** answers[i]: the option indexes checked for question i, sorted. */
  answers: number[][];
  /** The question on screen (in review: the missed question on screen). */
  current: number;
  /** Ticked but not yet checked. */
  selected: number[];
  /** "Check" was pressed with nothing ticked. */
  nothingChosen: boolean;
}

export type QuizAction =
  | { type: 'choose'; index: number; on: boolean }
  | { type: 'check' }
  | { type: 'next' }
  | { type: 'review' }
  | { type: 'endReview' }
  | { type: 'restart' }
  | { type: 'restore'; answers: number[][]; current: number; finished: boolean };

export const initialState: QuizState = {
  phase: 'question',
  answers: [],
  current: 0,
  selected: [],
  nothingChosen: false,
};

/** What a saved quiz needs: the answers, the question on screen, whether the result was reached. */
export function progressOf(state: QuizState): { answers: number[][]; current: number; finished: boolean } {
  const finished = state.phase === 'result' || state.phase === 'review';
  return { answers: state.answers, current: finished ? state.answers.length - 1 : state.current, finished };
}

/** A reducer for one quiz's questions (the kinds and correct options decide what "next" and "review" do). */
export function quizReducer(questions: readonly ScorableQuestion[]) {
  const total = questions.length;
  return (state: QuizState, action: QuizAction): QuizState => {
    switch (action.type) {
      case 'choose': {
        if (state.phase !== 'question' || !questions[state.current]?.options[action.index]) return state;
        const multiple = questions[state.current]!.kind === 'multiple';
        const without = state.selected.filter((i) => i !== action.index);
        const selected = !action.on
          ? without
          : multiple
            ? [...without, action.index].sort((a, b) => a - b)
            : [action.index];
        return { ...state, selected, nothingChosen: false };
      }
      case 'check': {
        if (state.phase !== 'question') return state;
        if (state.selected.length === 0) return { ...state, nothingChosen: true };
        const answers = [...state.answers.slice(0, state.current), state.selected];
        return { ...state, phase: 'feedback', answers, selected: [], nothingChosen: false };
      }
      case 'next': {
        if (state.phase === 'feedback') {
          return state.current + 1 < total
            ? { ...state, phase: 'question', current: state.current + 1 }
            : { ...state, phase: 'result' };
        }
        if (state.phase === 'review') {
          const following = missedQuestions(questions, state.answers).find((index) => index > state.current);
          return following === undefined ? { ...state, phase: 'result' } : { ...state, current: following };
        }
        return state;
      }
      case 'review': {
        if (state.phase !== 'result') return state;
        const first = missedQuestions(questions, state.answers)[0];
        return first === undefined ? state : { ...state, phase: 'review', current: first };
      }
      case 'endReview':
        return state.phase === 'review' ? { ...state, phase: 'result' } : state;
      case 'restart':
        return initialState;
      case 'restore': {
        // The stored progress was already checked against this quiz (storage.ts parseProgress).
        const { answers, current, finished } = action;
        if (finished) return { ...initialState, phase: 'result', answers, current: total - 1 };
        return { ...initialState, answers, current, phase: answers[current] ? 'feedback' : 'question' };
      }
    }
  };
}
