/**
 * The quiz for a child: one question per screen with a progress bar, feedback
 * that teaches (the result, the chosen option's explanation and, when wrong,
 * the right option's), an end screen by score tier, "look again" at missed
 * questions, and a printable A4 certificate.
 *
 * Server-rendered children (QuizStatic) are what no-JS readers get; they stay
 * on screen until this island mounts, then the interactive quiz replaces them
 * so screen readers never meet both. State changes only through the pure
 * reducer (reducer.ts). Progress lives in localStorage only; the certificate
 * name lives in memory only.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useMemo, useReducer, useRef, useState } from 'preact/hooks';
import { formatDate, formatNumber } from '../../i18n/format';
import type { Locale } from '../../i18n/locales';
import { fill } from '../../i18n/t';
import type { QuizQuestion } from '../../schemas/quizzes';
import { initialState, progressOf, quizReducer, type QuizAction } from './reducer';
import {
  correctIndexes,
  explanationsToShow,
  missedQuestions,
  outcome,
  resultTier,
  score,
  type Outcome,
} from './scoring';
import { clear, load, save } from './storage';
import type { QuizStrings } from './strings';

export interface QuizLink {
  path: string;
  title: string;
}

/** Illustrations by screen: decorative, so their alt text is empty. */
export interface QuizArt {
  mascot: string;
  great: string;
  good: string;
  keepGoing: string;
}

interface Props {
  /** The content entry id ("vi/choi-game-an-toan"): the storage key and DOM id prefix. */
  quizId: string;
  title: string;
  locale: Locale;
  strings: QuizStrings;
  questions: QuizQuestion[];
  readNext: QuizLink[];
  art: QuizArt;
  /** Inside a partner's iframe: links leave the frame. */
  embedded?: boolean;
  /** The no-JS quiz, shown until hydration. */
  children?: ComponentChildren;
}

type FocusTarget = 'question' | 'feedback' | 'result';

/** On <html> while the certificate prints; print CSS hides everything else. */
const printingClass = 'app-quiz--print-certificate';
const marks: Record<Outcome, string> = { right: '✓', partial: '◐', wrong: '✗' };

export default function QuizRunner({
  quizId,
  title,
  locale,
  strings: s,
  questions,
  readNext,
  art,
  embedded = false,
  children,
}: Props) {
  const reducer = useMemo(() => quizReducer(questions), [questions]);
  const [state, dispatch] = useReducer(reducer, initialState);
  const [mounted, setMounted] = useState(false);
  const [notice, setNotice] = useState('');
  const [name, setName] = useState('');
  const pendingNotice = useRef('');
  const pendingFocus = useRef<FocusTarget | null>(null);
  const headings = {
    question: useRef<HTMLHeadingElement>(null),
    feedback: useRef<HTMLHeadingElement>(null),
    result: useRef<HTMLHeadingElement>(null),
  };

  const id = `app-quiz-${quizId.replace(/[^\w-]/g, '-')}`;
  const total = questions.length;

  useEffect(() => {
    const saved = load(quizId, questions);
    if (saved.status === 'reset') pendingNotice.current = s.storageReset;
    if (saved.status === 'ok') {
      const { answers, current, finished } = saved.progress;
      dispatch({ type: 'restore', answers, current, finished });
      if (!finished && answers.length > 0) pendingNotice.current = fill(s.resumed, { number: current + 1 });
    }
    setMounted(true);
    // "Xóa tiến độ" sits in the grown-ups' section outside the island; it is hidden until this runs.
    const clearButton = document.querySelector<HTMLButtonElement>(`[data-quiz-clear="${quizId}"]`);
    const onClear = () => act({ type: 'restart' }, null, s.progressCleared);
    if (clearButton) {
      clearButton.hidden = false;
      clearButton.addEventListener('click', onClear);
    }
    return () => clearButton?.removeEventListener('click', onClear);
    // Once, on mount: an island's props never change after the page is built.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  // Save whenever what is saved changes; an empty quiz leaves nothing behind.
  const { answers: savedAnswers, current: savedCurrent, finished: savedFinished } = progressOf(state);
  useEffect(() => {
    if (!mounted) return;
    if (savedAnswers.length === 0) clear(quizId);
    else save({ version: 1, quizId, answers: savedAnswers, current: savedCurrent, finished: savedFinished });
  }, [mounted, quizId, savedAnswers, savedCurrent, savedFinished]);

  // Set the notice only once its live region is on the page, so it is announced.
  useEffect(() => {
    if (mounted && pendingNotice.current) setNotice(pendingNotice.current);
  }, [mounted]);

  // Layout effect: focus lands in the same frame the old button disappears, never on <body>.
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    if (target) headings[target].current?.focus();
  });

  // A real box around the slot: client:visible observes the island's child
  // elements, and a bare <astro-slot> (display: contents) never intersects.
  if (!mounted) return <div class="app-quiz-fallback">{children}</div>;

  function act(action: QuizAction, focus: FocusTarget | null, message = '') {
    dispatch(action);
    setNotice(message);
    pendingFocus.current = focus;
  }

  const { phase, answers, current } = state;
  const target = embedded ? '_top' : undefined;

  if (phase === 'result') {
    const points = score(questions, answers);
    const tier = resultTier(points, total);
    const missed = missedQuestions(questions, answers).length;
    const trimmedName = name.trim();
    const printCertificate = () => {
      const root = document.documentElement;
      root.classList.add(printingClass);
      window.addEventListener('afterprint', () => root.classList.remove(printingClass), { once: true });
      window.print();
    };
    return (
      <div class="app-quiz" id={id}>
        <p class="app-quiz__notice" role="status">
          {notice}
        </p>
        <section class={`app-quiz__result app-quiz__result--${tier}`} aria-labelledby={`${id}-result`}>
          <img class="app-quiz__art app-quiz__art--result" src={art[tier]} alt="" width={240} height={180} />
          <h2 class="app-quiz__result-heading" id={`${id}-result`} ref={headings.result} tabIndex={-1}>
            {s[`${tier}Title`]} {fill(s.result, { score: formatNumber(points, locale), total })}
          </h2>
          <p class="app-quiz__tier">{s[tier]}</p>
          <div class="app-quiz__actions">
            {missed > 0 && (
              <button type="button" class="app-quiz__button" onClick={() => act({ type: 'review' }, 'feedback')}>
                {s.review}
              </button>
            )}
            <button
              type="button"
              class="app-quiz__button app-quiz__button--secondary"
              onClick={() => act({ type: 'restart' }, 'question')}
            >
              {s.retry}
            </button>
          </div>
          {readNext.length > 0 && (
            <>
              <h3>{s.readNext}</h3>
              <ul class="app-quiz__read-next">
                {readNext.map((link) => (
                  <li key={link.path}>
                    <a href={link.path} target={target}>
                      {link.title}
                    </a>
                  </li>
                ))}
              </ul>
            </>
          )}
          <h3>{s.certificate}</h3>
          <label class="app-quiz__label" for={`${id}-name`}>
            {s.certificateName}
          </label>
          {/* No form, no autocomplete, no cloud spellcheck: the name never leaves this page. */}
          <input
            class="app-quiz__input"
            id={`${id}-name`}
            type="text"
            autocomplete="off"
            spellcheck={false}
            value={name}
            onInput={(event) => setName(event.currentTarget.value)}
          />
          <div class="app-quiz__certificate">
            <img class="app-quiz__certificate-art" src={art.great} alt="" width={160} height={120} />
            <p class="app-quiz__certificate-title">{s.certificate}</p>
            <p class="app-quiz__certificate-text">
              {trimmedName ? (
                <strong class="app-quiz__certificate-name">{trimmedName}</strong>
              ) : (
                <span class="app-quiz__certificate-blank" />
              )}
              <span class="app-quiz__certificate-line">{s.certificateText}</span>
              <cite class="app-quiz__certificate-quiz">{title}</cite>
              <span class="app-quiz__certificate-line">{`${formatNumber(points, locale)}/${total}`}</span>
            </p>
            <p class="app-quiz__certificate-date">
              {fill(s.certificateDate, { date: formatDate(new Date(), locale) })}
            </p>
            <p class="app-quiz__certificate-help">{s.certificateHelp}</p>
          </div>
          <button type="button" class="app-quiz__button" onClick={printCertificate}>
            {s.certificatePrint}
          </button>
        </section>
      </div>
    );
  }

  const question = questions[current]!;
  const answer = answers[current];
  const answered = phase !== 'question' && answer !== undefined;
  const chosen = answered ? answer : state.selected;
  const multiple = question.kind === 'multiple';
  const result = answered ? outcome(question, answer) : undefined;
  const reviewing = phase === 'review';
  const correct = correctIndexes(question);
  // The last screen before the result: the last question, or the last missed one in review.
  const last = reviewing
    ? !missedQuestions(questions, answers).some((index) => index > current)
    : current === total - 1;

  return (
    <div class="app-quiz" id={id}>
      <p class="app-quiz__notice" role="status">
        {notice}
      </p>
      <div class="app-quiz__top">
        <img class="app-quiz__art app-quiz__art--mascot" src={art.mascot} alt="" width={96} height={96} />
        <div class="app-quiz__progress-box">
          <h2 class="app-quiz__number" id={`${id}-number`} ref={headings.question} tabIndex={-1}>
            {fill(reviewing ? s.reviewHeading : s.question, { number: current + 1, total })}
          </h2>
          <progress class="app-quiz__progress" max={total} value={answers.length} aria-labelledby={`${id}-number`} />
        </div>
      </div>
      {question.scenario && <p class="app-quiz__scenario">{question.scenario}</p>}
      <fieldset
        class="app-quiz__fieldset"
        key={`${phase}-${current}`}
        disabled={answered}
        aria-describedby={`${id}-hint`}
      >
        <legend class="app-quiz__legend">{question.prompt}</legend>
        <p class="app-quiz__hint" id={`${id}-hint`}>
          {s[question.kind]}
        </p>
        {question.options.map((option, index) => {
          const optionId = `${id}-${current}-${index}`;
          const ticked = chosen.includes(index);
          // After answering, each option says in words (and a mark) what it was; colour only repeats it.
          const state = !answered ? '' : option.correct ? 'right' : ticked ? 'wrong' : '';
          return (
            <div
              class={`app-quiz__option${state ? ` app-quiz__option--${state}` : ''}${ticked ? ' app-quiz__option--chosen' : ''}`}
              key={index}
            >
              <input
                class="app-quiz__control"
                id={optionId}
                type={multiple ? 'checkbox' : 'radio'}
                name={`${id}-${current}`}
                checked={ticked}
                onChange={(event) => dispatch({ type: 'choose', index, on: event.currentTarget.checked })}
              />
              <label class="app-quiz__option-label" for={optionId}>
                {option.text}
                {answered && (ticked || option.correct) && (
                  <span class="app-quiz__tags">
                    {ticked && <span class="app-quiz__tag">{s.yourChoice}</span>}
                    {option.correct && (
                      <span class="app-quiz__tag app-quiz__tag--right">
                        <span aria-hidden="true">✓ </span>
                        {s.correctOption}
                      </span>
                    )}
                    {ticked && !option.correct && (
                      <span class="app-quiz__tag app-quiz__tag--wrong">
                        <span aria-hidden="true">✗ </span>
                        {s.wrongOption}
                      </span>
                    )}
                  </span>
                )}
              </label>
            </div>
          );
        })}
      </fieldset>
      {!answered && (
        <button
          type="button"
          class="app-quiz__button"
          onClick={() => act({ type: 'check' }, state.selected.length > 0 ? 'feedback' : null)}
        >
          {s.check}
        </button>
      )}
      <p class="app-quiz__error" role="status">
        {!answered && state.nothingChosen ? s.chooseFirst : ''}
      </p>
      {/* Always on the page, so the feedback is announced when it appears. */}
      <div aria-live="polite">
        {answered && result && (
          <section class={`app-quiz__feedback app-quiz__feedback--${result}`} aria-labelledby={`${id}-feedback`}>
            <h3 class="app-quiz__feedback-heading" id={`${id}-feedback`} ref={headings.feedback} tabIndex={-1}>
              <span class="app-quiz__mark" aria-hidden="true">
                {marks[result]}
              </span>{' '}
              {result === 'right' ? s.right : result === 'partial' ? s.partly : s.notQuite}
            </h3>
            {multiple && result !== 'right' && (
              <p class="app-quiz__choices">
                {result === 'partial' &&
                  `${fill(s.partlyFound, { found: correct.filter((i) => answer.includes(i)).length, total: correct.length })} `}
                {fill(s.rightChoices, {
                  choices: correct.map((i) => question.options[i]!.text.replace(/[.!?]$/, '')).join('; '),
                })}
              </p>
            )}
            <ul class="app-quiz__explanations">
              {explanationsToShow(question, answer).map((index) => {
                const option = question.options[index]!;
                return (
                  <li
                    class={`app-quiz__explanation app-quiz__explanation--${option.correct ? 'right' : 'wrong'}`}
                    key={index}
                  >
                    <strong class="app-quiz__explanation-option">
                      <span aria-hidden="true">{option.correct ? '✓ ' : '✗ '}</span>
                      {option.text}
                    </strong>
                    <span class="app-quiz__explanation-tag">
                      {answer.includes(index) ? s.yourChoice : s.correctOption}
                    </span>
                    <span class="app-quiz__explanation-text">{option.explanation}</span>
                  </li>
                );
              })}
            </ul>
          </section>
        )}
      </div>
      {answered && (
        <button
          type="button"
          class="app-quiz__button"
          onClick={() => act({ type: 'next' }, last ? 'result' : 'question')}
        >
          {last ? (reviewing ? s.reviewDone : s.seeResult) : s.next}
        </button>
      )}
      {reviewing && !last && (
        <button
          type="button"
          class="app-quiz__button app-quiz__button--secondary"
          onClick={() => act({ type: 'endReview' }, 'result')}
        >
          {s.reviewDone}
        </button>
      )}
    </div>
  );
}
