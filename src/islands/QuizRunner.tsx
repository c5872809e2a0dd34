/**
 * The quiz, one question at a time, with feedback after each answer, a score,
 * and a printable certificate. Server-rendered children (QuizStatic) are what
 * no-JS readers get; they stay on screen until this island mounts, then the
 * interactive quiz replaces them so screen readers never meet both.
 *
 * Strings arrive already translated, so no dictionary ships to the browser.
 * Progress lives in localStorage only; the certificate name lives in memory only.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';
import { fill } from '../i18n/t';
import { isCorrect, resultTier, score, type ResultTier } from '../lib/quiz-scoring';
import { clear, load, save } from '../lib/quiz-storage';
import type { QuizQuestion } from '../schemas/quizzes';

export interface QuizStrings {
  /** "Câu {number}/{total}" */
  question: string;
  kind: Record<QuizQuestion['kind'], string>;
  correctOption: string;
  wrongOption: string;
  yourChoice: string;
  check: string;
  next: string;
  seeResult: string;
  chooseFirst: string;
  right: string;
  notQuite: string;
  /** "… {score}/{total} …" */
  result: string;
  tier: Record<ResultTier, string>;
  readNext: string;
  retry: string;
  clearProgress: string;
  progressCleared: string;
  /** "… {number}." */
  resumed: string;
  storageReset: string;
  privacy: string;
  certificate: string;
  certificateName: string;
  certificatePrint: string;
  certificateText: string;
}

export interface QuizLink {
  path: string;
  title: string;
}

interface Props {
  /** The content entry id ("vi/choi-game-an-toan"): the storage key and DOM id prefix. */
  quizId: string;
  title: string;
  strings: QuizStrings;
  questions: QuizQuestion[];
  readNext: QuizLink[];
  /** Inside a partner's iframe: links leave the frame. */
  embedded?: boolean;
  /** The no-JS quiz, shown until hydration. */
  children?: ComponentChildren;
}

interface Progress {
  answers: number[][];
  current: number;
  finished: boolean;
}

type FocusTarget = 'question' | 'feedback' | 'result';

const start: Progress = { answers: [], current: 0, finished: false };
/** On <html> while the certificate prints; print CSS in Quiz.astro hides everything else. */
const printingClass = 'app-quiz--print-certificate';

export default function QuizRunner({ quizId, title, strings: s, questions, readNext, embedded = false, children }: Props) {
  const [mounted, setMounted] = useState(false);
  const [progress, setProgress] = useState<Progress>(start);
  const [selected, setSelected] = useState<number[]>([]);
  const [notice, setNotice] = useState('');
  const [error, setError] = useState('');
  const [name, setName] = useState('');
  const pendingNotice = useRef('');
  const pendingFocus = useRef<FocusTarget | null>(null);
  const questionHeading = useRef<HTMLHeadingElement>(null);
  const feedbackHeading = useRef<HTMLHeadingElement>(null);
  const resultHeading = useRef<HTMLHeadingElement>(null);

  const id = `app-quiz-${quizId.replace(/[^\w-]/g, '-')}`;
  const total = questions.length;

  useEffect(() => {
    const saved = load(quizId, questions);
    if (saved.status === 'reset') pendingNotice.current = s.storageReset;
    if (saved.status === 'ok') {
      const { answers, current, finished } = saved.progress;
      setProgress({ answers, current, finished });
      if (!finished && answers.length > 0) pendingNotice.current = fill(s.resumed, { number: current + 1 });
    }
    setMounted(true);
  }, []);

  // Set the notice only once its live region is on the page, so it is announced.
  useEffect(() => {
    if (mounted && pendingNotice.current) setNotice(pendingNotice.current);
  }, [mounted]);

  // Layout effect: focus lands in the same frame the old button disappears, never on <body>.
  useLayoutEffect(() => {
    const target = pendingFocus.current;
    pendingFocus.current = null;
    const refs = { question: questionHeading, feedback: feedbackHeading, result: resultHeading };
    if (target) refs[target].current?.focus();
  });

  // A real box around the slot: client:visible observes the island's child
  // elements, and a bare <astro-slot> (display: contents) never intersects.
  if (!mounted) return <div class="app-quiz-fallback">{children}</div>;

  const update = (next: Progress, focus: FocusTarget | null, message = '') => {
    setProgress(next);
    setSelected([]);
    setError('');
    setNotice(message);
    pendingFocus.current = focus;
    if (next.answers.length === 0) clear(quizId);
    else save({ version: 1, quizId, ...next });
  };

  const { answers, current, finished } = progress;
  const question = questions[current]!;
  const answer = answers[current];
  const chosen = answer ?? selected;
  const multiple = question.kind === 'multiple';
  const points = score(questions, answers);
  const last = current === total - 1;

  const choose = (index: number, on: boolean) => {
    setError('');
    setSelected(multiple ? (on ? [...selected, index].sort((a, b) => a - b) : selected.filter((i) => i !== index)) : [index]);
  };

  const check = () => {
    if (selected.length === 0) {
      setError(s.chooseFirst);
      return;
    }
    update({ ...progress, answers: [...answers.slice(0, current), selected] }, 'feedback');
  };

  const next = () => update(last ? { ...progress, finished: true } : { ...progress, current: current + 1 }, last ? 'result' : 'question');

  const printCertificate = () => {
    const root = document.documentElement;
    root.classList.add(printingClass);
    window.addEventListener('afterprint', () => root.classList.remove(printingClass), { once: true });
    window.print();
  };

  const target = embedded ? '_top' : undefined;
  const trimmedName = name.trim();

  return (
    <div class="app-quiz" id={id}>
      <p class="app-quiz__notice" role="status">
        {notice}
      </p>
      {finished ? (
        <section class="app-quiz__result" aria-labelledby={`${id}-result`}>
          <h2 class="app-quiz__result-heading" id={`${id}-result`} ref={resultHeading} tabIndex={-1}>
            {fill(s.result, { score: points, total })}
          </h2>
          <p class="app-quiz__tier">{s.tier[resultTier(points, total)]}</p>
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
          <div class="app-quiz__certificate">
            <h3 class="app-quiz__certificate-title">{s.certificate}</h3>
            <p class="app-quiz__certificate-text">
              {trimmedName ? <strong class="app-quiz__certificate-name">{trimmedName}</strong> : <span class="app-quiz__certificate-blank" />} {s.certificateText}{' '}
              <cite class="app-quiz__certificate-quiz">{title}</cite>{` —\u00a0${points}/${total}`}
            </p>
          </div>
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
          <div class="app-quiz__actions">
            <button type="button" class="app-quiz__button" onClick={printCertificate}>
              {s.certificatePrint}
            </button>
            <button type="button" class="app-quiz__button app-quiz__button--secondary" onClick={() => update(start, 'question')}>
              {s.retry}
            </button>
          </div>
        </section>
      ) : (
        <div class="app-quiz__question">
          <h2 class="app-quiz__number" ref={questionHeading} tabIndex={-1}>
            {fill(s.question, { number: current + 1, total })}
          </h2>
          {question.scenario && <p class="app-quiz__scenario">{question.scenario}</p>}
          <fieldset class="app-quiz__fieldset" key={current} disabled={answer !== undefined} aria-describedby={`${id}-hint`}>
            <legend class="app-quiz__legend">{question.prompt}</legend>
            <p class="app-quiz__hint" id={`${id}-hint`}>
              {s.kind[question.kind]}
            </p>
            {question.options.map((option, index) => {
              const optionId = `${id}-${current}-${index}`;
              const ticked = chosen.includes(index);
              return (
                <div class={`app-quiz__option${answer && option.correct ? ' app-quiz__option--correct' : ''}`} key={index}>
                  <input
                    class="app-quiz__control"
                    id={optionId}
                    type={multiple ? 'checkbox' : 'radio'}
                    name={`${id}-${current}`}
                    checked={ticked}
                    onChange={(event) => choose(index, event.currentTarget.checked)}
                  />
                  <label class="app-quiz__option-label" for={optionId}>
                    {option.text}
                  </label>
                </div>
              );
            })}
          </fieldset>
          {!answer && (
            <button type="button" class="app-quiz__button" onClick={check}>
              {s.check}
            </button>
          )}
          <p class="app-quiz__error" role="status">
            {error}
          </p>
          {/* Always on the page, so the feedback is announced when it appears. */}
          <div aria-live="polite">
            {answer && (
              <section class="app-quiz__feedback" aria-labelledby={`${id}-feedback`}>
                <h3 class="app-quiz__feedback-heading" id={`${id}-feedback`} ref={feedbackHeading} tabIndex={-1}>
                  {isCorrect(question, answer) ? s.right : s.notQuite}
                </h3>
                <ul class="app-quiz__explanations">
                  {question.options.map((option, index) => (
                    <li class={`app-quiz__explanation app-quiz__explanation--${option.correct ? 'correct' : 'wrong'}`} key={index}>
                      <strong>{option.correct ? s.correctOption : s.wrongOption}:</strong> {option.text}{' '}
                      {answer.includes(index) && <span class="app-quiz__tag">{s.yourChoice}</span>}
                      <span class="app-quiz__explanation-text">{option.explanation}</span>
                    </li>
                  ))}
                </ul>
              </section>
            )}
          </div>
          {answer && (
            <button type="button" class="app-quiz__button" onClick={next}>
              {last ? s.seeResult : s.next}
            </button>
          )}
        </div>
      )}
      <p class="app-quiz__privacy">{s.privacy}</p>
      <button type="button" class="app-quiz__button app-quiz__button--secondary" onClick={() => update(start, null, s.progressCleared)}>
        {s.clearProgress}
      </button>
    </div>
  );
}
