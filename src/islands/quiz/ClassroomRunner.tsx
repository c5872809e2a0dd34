/**
 * Classroom mode on a projector: one question at a time in very large type, the
 * answer revealed only when the teacher presses the button, and optional team
 * scores. State comes from the pure classroom reducer and is kept in memory only:
 * nothing is stored, nothing is sent. The no-JS version (every question with a
 * "reveal" disclosure) is the slot, replaced once this runs.
 */
import type { ComponentChildren } from 'preact';
import { useLayoutEffect, useReducer, useRef, useState } from 'preact/hooks';
import { fill } from '../../i18n/t';
import type { QuizQuestion } from '../../schemas/quizzes';
import { classroomReducer, classroomStart, maxTeams } from './classroom';
import type { QuizStrings } from './strings';

interface Props {
  strings: QuizStrings;
  questions: QuizQuestion[];
  /** "A", "B", … shown before each option so the class can call out a letter. */
  letters: string[];
  children?: ComponentChildren;
}

export default function ClassroomRunner({ strings: s, questions, letters, children }: Props) {
  const [state, dispatch] = useReducer(classroomReducer(questions.length), classroomStart);
  const [mounted, setMounted] = useState(false);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const { current, revealed, teams } = state;

  useLayoutEffect(() => {
    if (!mounted) setMounted(true);
    // After "next"/"previous" the old button may vanish: focus the new question, never <body>.
    if (moved.current) heading.current?.focus();
    moved.current = false;
  }, [mounted, current]);

  if (!mounted) return <div class="app-classroom-fallback">{children}</div>;

  const total = questions.length;
  const question = questions[current]!;
  const move = (type: 'next' | 'previous') => {
    moved.current = true;
    dispatch({ type });
  };

  return (
    <div class="app-classroom">
      <h2 class="app-classroom__number" ref={heading} tabIndex={-1}>
        {fill(s.question, { number: current + 1, total })}
      </h2>
      <progress class="app-quiz__progress" max={total} value={current + 1} aria-hidden="true" />
      {question.scenario && <p class="app-classroom__scenario">{question.scenario}</p>}
      <p class="app-classroom__prompt">{question.prompt}</p>
      <p class="app-classroom__hint">{s[question.kind]}</p>
      <ol class="app-classroom__options">
        {question.options.map((option, index) => (
          <li
            class={`app-classroom__option${revealed && option.correct ? ' app-classroom__option--right' : ''}`}
            key={`${current}-${index}`}
          >
            <span class="app-classroom__letter" aria-hidden="true">
              {letters[index]}
            </span>
            <span>
              {option.text}
              {revealed && option.correct && (
                <strong class="app-quiz__tag app-quiz__tag--right app-classroom__tag">
                  <span aria-hidden="true">✓ </span>
                  {s.correctOption}
                </strong>
              )}
            </span>
          </li>
        ))}
      </ol>
      <div aria-live="polite">
        {revealed && (
          <ul class="app-classroom__explanations">
            {question.options.flatMap((option, index) =>
              option.correct ? [<li key={index}>{option.explanation}</li>] : [],
            )}
          </ul>
        )}
      </div>
      <div class="app-classroom__controls">
        <button
          type="button"
          class="app-quiz__button app-quiz__button--secondary"
          onClick={() => move('previous')}
          disabled={current === 0}
        >
          {s.previous}
        </button>
        {!revealed && (
          <button type="button" class="app-quiz__button" onClick={() => dispatch({ type: 'reveal' })}>
            {s.reveal}
          </button>
        )}
        <button type="button" class="app-quiz__button" onClick={() => move('next')} disabled={current === total - 1}>
          {s.next}
        </button>
      </div>
      <section class="app-classroom__teams" aria-labelledby="app-classroom-teams">
        <h2 id="app-classroom-teams">{s.teams}</h2>
        <ul class="app-classroom__team-list">
          {teams.map((points, team) => {
            const name = fill(s.team, { number: team + 1 });
            return (
              <li key={team} class="app-classroom__team">
                <span class="app-classroom__team-score">{fill(s.teamScore, { team: name, points })}</span>
                <button
                  type="button"
                  class="app-quiz__button"
                  onClick={() => dispatch({ type: 'point', team, delta: 1 })}
                >
                  <span aria-hidden="true">+1</span>
                  <span class="app-visually-hidden">{fill(s.addPoint, { team: name })}</span>
                </button>
                <button
                  type="button"
                  class="app-quiz__button app-quiz__button--secondary"
                  onClick={() => dispatch({ type: 'point', team, delta: -1 })}
                >
                  <span aria-hidden="true">−1</span>
                  <span class="app-visually-hidden">{fill(s.removePoint, { team: name })}</span>
                </button>
              </li>
            );
          })}
        </ul>
        {teams.length < maxTeams && (
          <button
            type="button"
            class="app-quiz__button app-quiz__button--secondary"
            onClick={() => dispatch({ type: 'addTeam' })}
          >
            {s.addTeam}
          </button>
        )}
      </section>
    </div>
  );
}
