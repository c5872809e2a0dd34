/**
 * Classroom mode as a pure state machine: the teacher moves between questions,
 * reveals the answer when the class is ready, and may keep team scores. It lives
 * in memory only: nothing here is saved, and a reload starts afresh.
 */
export const maxTeams = 6;

export interface ClassroomState {
  /** The question on the projector. */
  current: number;
  /** The teacher has revealed this question's answer. */
  revealed: boolean;
  /** Points per team; empty when the class plays without teams. */
  teams: number[];
}

export type ClassroomAction =
  | { type: 'next' }
  | { type: 'previous' }
  | { type: 'reveal' }
  | { type: 'addTeam' }
  | { type: 'point'; team: number; delta: 1 | -1 };

export const classroomStart: ClassroomState = { current: 0, revealed: false, teams: [] };

/** A reducer for a quiz of `total` questions. */
export function classroomReducer(total: number) {
  return (state: ClassroomState, action: ClassroomAction): ClassroomState => {
    switch (action.type) {
      case 'next':
        return state.current + 1 < total ? { ...state, current: state.current + 1, revealed: false } : state;
      case 'previous':
        return state.current > 0 ? { ...state, current: state.current - 1, revealed: false } : state;
      case 'reveal':
        return { ...state, revealed: true };
      case 'addTeam':
        return state.teams.length < maxTeams ? { ...state, teams: [...state.teams, 0] } : state;
      case 'point': {
        const points = state.teams[action.team];
        if (points === undefined) return state;
        // Scores never go below zero: a misclick is undone, not punished.
        return { ...state, teams: state.teams.map((p, i) => (i === action.team ? Math.max(0, p + action.delta) : p)) };
      }
    }
  };
}
