/**
 * The quiz islands' words, read from the UI dictionaries by key in this one place.
 * The server translates them and passes them to the island as props, so no
 * dictionary ships to the browser; the island imports only the types.
 */
import type { Locale } from '../../i18n/locales';
// Aliased: useTranslations is a plain lookup, not a hook, and the hooks lint rules go by the "use" prefix.
import { useTranslations as translatorFor, type UiKey } from '../../i18n/t';

/** Island field → dictionary key. `{name}` placeholders are filled in the island. */
const keys = {
  /** "Câu {number}/{total}" */
  question: 'quiz.question',
  single: 'quiz.kind.single',
  multiple: 'quiz.kind.multiple',
  truefalse: 'quiz.kind.truefalse',
  scenario: 'quiz.kind.scenario',
  yourChoice: 'quiz.yourChoice',
  correctOption: 'quiz.correctOption',
  wrongOption: 'quiz.wrongOption',
  check: 'quiz.check',
  next: 'quiz.next',
  seeResult: 'quiz.seeResult',
  chooseFirst: 'quiz.chooseFirst',
  right: 'quiz.right',
  notQuite: 'quiz.notQuite',
  partly: 'quiz.partly',
  /** "Các ý đúng là: {choices}." */
  rightChoices: 'quiz.rightChoices',
  /** "Em tìm được {found}/{total} ý đúng." */
  partlyFound: 'quiz.partlyFound',
  /** "… {score}/{total} …" */
  result: 'quiz.result',
  great: 'quiz.resultGreat',
  good: 'quiz.resultGood',
  keepGoing: 'quiz.resultKeepGoing',
  greatTitle: 'quiz.tierTitle.great',
  goodTitle: 'quiz.tierTitle.good',
  keepGoingTitle: 'quiz.tierTitle.keepGoing',
  review: 'quiz.review',
  reviewDone: 'quiz.reviewDone',
  /** "Xem lại câu {number}/{total}" */
  reviewHeading: 'quiz.reviewHeading',
  readNext: 'quiz.readNext',
  retry: 'quiz.retry',
  clearProgress: 'quiz.clearProgress',
  progressCleared: 'quiz.progressCleared',
  /** "… {number}." */
  resumed: 'quiz.resumed',
  storageReset: 'quiz.storageReset',
  certificate: 'quiz.certificate',
  certificateName: 'quiz.certificateName',
  certificatePrint: 'quiz.certificatePrint',
  certificateText: 'quiz.certificateText',
  /** "Ngày {date}" */
  certificateDate: 'quiz.certificateDate',
  certificateHelp: 'quiz.certificateHelp',
  reveal: 'quiz.reveal',
  previous: 'quiz.previous',
  teams: 'quiz.teams',
  addTeam: 'quiz.addTeam',
  /** "Đội {number}" */
  team: 'quiz.team',
  /** "Cộng 1 điểm cho {team}" */
  addPoint: 'quiz.addPoint',
  removePoint: 'quiz.removePoint',
  /** "{team}: {points} điểm" */
  teamScore: 'quiz.teamScore',
} as const satisfies Record<string, UiKey>;

export type QuizStrings = Record<keyof typeof keys, string>;

/** Every string the quiz islands use, translated. */
export function quizStrings(locale: Locale): QuizStrings {
  const t = translatorFor(locale);
  return Object.fromEntries(Object.entries(keys).map(([field, key]) => [field, t(key)])) as QuizStrings;
}
