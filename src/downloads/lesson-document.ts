/**
 * A lesson plan as printable blocks, in Vietnamese, in the template of its
 * school level:
 * - lower and upper secondary: Phụ lục IV of Công văn 5512/BGDĐT-GDTrH
 *   (I. Mục tiêu, II. Thiết bị dạy học và học liệu, III. Tiến trình dạy học);
 * - primary: the kế hoạch bài dạy of Công văn 2345/BGDĐT-GDTH, Phụ lục 3
 *   (Yêu cầu cần đạt, đồ dùng dạy học, hoạt động dạy học chủ yếu, điều chỉnh
 *   sau bài dạy).
 * Both open with the header block a teacher fills in and the curriculum line.
 */
import { fill, useTranslations } from '../i18n/t';
import { lessonBand } from '../lib/download-paths';
import { curriculumSlotKey } from '../lib/lesson-curriculum';
import type { LessonData } from '../schemas/lessons';
import type { Source } from '../schemas/taxonomy';
import { plain, type Block } from './blocks';
import { markdownBlocks } from './markdown-blocks';

const t = useTranslations('vi');

export interface LessonDocumentInput {
  lesson: LessonData;
  /** The MDX body: notes for teachers. */
  notes: string;
  sources: Source[];
  siteName: string;
  /** The site's address, for links in the notes. */
  siteUrl: string;
  /** The web page of the lesson, printed so the file leads back to it. */
  pageUrl: string;
  /** The guide for parents the letter home points to, as a QR code; left out where the text is only indexed for search. */
  parentGuide?: { title: string; url: string };
}

export type LessonTemplate = 'primary-2345' | 'secondary-5512';

export function lessonTemplate(grades: number[]): LessonTemplate {
  return lessonBand(grades) === 'tieu-hoc' ? 'primary-2345' : 'secondary-5512';
}

/** "Tin học, chủ đề D …; Đạo đức; Sinh hoạt lớp" */
export function curriculumLine(lesson: LessonData): string {
  const primary = lessonTemplate(lesson.grades) === 'primary-2345';
  return lesson.curriculum.map((slot) => t(curriculumSlotKey(slot, primary))).join('; ');
}

/** The header block of both templates; the teacher types into the empty fields. */
export function headerFields(lesson: LessonData): { label: string; value: string }[] {
  const minutes = lesson.activities.reduce((sum, a) => sum + a.minutes, 0);
  return [
    { label: t('lesson.header.school'), value: '' },
    { label: t('lesson.header.group'), value: '' },
    { label: t('lesson.header.teacher'), value: '' },
    { label: t('lesson.header.title'), value: lesson.title },
    { label: t('lesson.header.subject'), value: '' },
    { label: t('lesson.header.class'), value: '' },
    {
      label: t('lesson.header.time'),
      value: `${lesson.periods} ${t('lesson.periodCount')} (${minutes} ${t('lesson.minutes')})`,
    },
  ];
}

const list = (items: string[]): Block[] => items.map((text) => ({ type: 'bullet', runs: plain(text) }));
const named = (items: { label: string; detail: string }[]): Block[] =>
  items.map(({ label, detail }) => ({ type: 'bullet', runs: [{ text: `${label}: `, bold: true }, { text: detail }] }));

function objectives(lesson: LessonData, template: LessonTemplate): Block[] {
  const competences = named(
    lesson.objectives.competences.map((c) => ({ label: t(`competence.${c.name}`), detail: c.detail })),
  );
  const qualities = named(
    lesson.objectives.qualities.map((q) => ({ label: t(`quality.${q.name}`), detail: q.detail })),
  );
  return [
    {
      type: 'heading',
      level: 1,
      text: template === 'primary-2345' ? t('lesson.primary.requirements') : t('lesson.objectives'),
    },
    {
      type: 'heading',
      level: 2,
      text: template === 'primary-2345' ? t('lesson.primary.knowledge') : t('lesson.knowledge'),
    },
    ...list(lesson.objectives.knowledge),
    { type: 'heading', level: 2, text: t('lesson.competences') },
    ...competences,
    { type: 'heading', level: 2, text: t('lesson.qualities') },
    ...qualities,
  ];
}

function materials(lesson: LessonData, template: LessonTemplate): Block[] {
  return [
    {
      type: 'heading',
      level: 1,
      text: template === 'primary-2345' ? t('lesson.primary.materials') : t('lesson.materials'),
    },
    { type: 'heading', level: 2, text: t('lesson.forTeacher') },
    ...list(lesson.materials.teacher),
    ...(lesson.materials.students.length
      ? ([{ type: 'heading', level: 2, text: t('lesson.forStudents') }, ...list(lesson.materials.students)] as Block[])
      : []),
  ];
}

/** The activity timeline as a table the teacher can edit. */
export function timeline(lesson: LessonData): Block {
  return {
    type: 'table',
    header: [t('lesson.activity'), t('lesson.phase'), `${t('lesson.periods')} (${t('lesson.minutes')})`],
    rows: lesson.activities.map((a) => [a.title, t(`lesson.phase.${a.phase}`), String(a.minutes)]),
  };
}

function activities(lesson: LessonData, template: LessonTemplate): Block[] {
  const blocks: Block[] = [
    {
      type: 'heading',
      level: 1,
      text: template === 'primary-2345' ? t('lesson.primary.activities') : t('lesson.process'),
    },
    timeline(lesson),
  ];
  const label = (text: string): Block => ({ type: 'paragraph', runs: plain(text, true) });
  for (const activity of lesson.activities) {
    blocks.push({
      type: 'heading',
      level: 2,
      text: `${activity.title} (${t(`lesson.phase.${activity.phase}`)}, ${activity.minutes} ${t('lesson.minutes')})`,
    });
    if (template === 'primary-2345') {
      blocks.push(
        label(`${t('lesson.objective').slice(3)}:`),
        { type: 'paragraph', runs: plain(activity.objective) },
        label(`${t('lesson.primary.howTo')}:`),
        { type: 'paragraph', runs: plain(activity.content) },
        ...activity.organisation.map((text, i): Block => ({ type: 'numbered', number: i + 1, runs: plain(text) })),
        label(`${t('lesson.product').slice(3)}:`),
        { type: 'paragraph', runs: plain(activity.product) },
      );
    } else {
      blocks.push(
        label(t('lesson.objective')),
        { type: 'paragraph', runs: plain(activity.objective) },
        label(t('lesson.content')),
        { type: 'paragraph', runs: plain(activity.content) },
        label(t('lesson.product')),
        { type: 'paragraph', runs: plain(activity.product) },
        label(t('lesson.organisation')),
        ...activity.organisation.map((text, i): Block => ({ type: 'numbered', number: i + 1, runs: plain(text) })),
      );
    }
  }
  return blocks;
}

function exitTicket(lesson: LessonData): Block[] {
  const { instructions, questions } = lesson.exitTicket;
  return [
    { type: 'heading', level: 2, text: t('lesson.exitTicket') },
    { type: 'paragraph', runs: plain(instructions) },
    ...questions.map((q, i): Block => ({ type: 'numbered', number: i + 1, runs: plain(q.prompt) })),
    { type: 'paragraph', runs: plain(t('lesson.answersForTeacher'), true) },
    ...questions.map((q, i): Block => ({ type: 'numbered', number: i + 1, runs: plain(q.answer) })),
  ];
}

export function lessonBlocks({
  lesson,
  notes,
  sources,
  siteName,
  siteUrl,
  pageUrl,
  parentGuide,
}: LessonDocumentInput): Block[] {
  const template = lessonTemplate(lesson.grades);
  const band = lessonBand(lesson.grades);
  const blocks: Block[] = [
    { type: 'subtitle', text: `${siteName} · KẾ HOẠCH BÀI DẠY · ${t(`lesson.gradeBand.${band}`)}` },
    { type: 'fields', fields: headerFields(lesson) },
    { type: 'title', text: lesson.title },
    {
      type: 'paragraph',
      runs: [
        { text: `${t('lesson.curriculum')}: `, bold: true },
        { text: `${curriculumLine(lesson)}. ` },
        { text: t('lesson.curriculumNote'), italic: true },
      ],
    },
    {
      type: 'paragraph',
      runs: plain(`${t('lesson.grades')}: ${lesson.grades.join(', ')} (${t(`lesson.gradeBand.${band}`)})`),
    },
    ...objectives(lesson, template),
    ...materials(lesson, template),
    ...activities(lesson, template),
    ...exitTicket(lesson),
  ];
  if (template === 'primary-2345') {
    blocks.push(
      { type: 'heading', level: 1, text: t('lesson.primary.adjustments') },
      { type: 'writeLine' },
      { type: 'writeLine' },
      { type: 'writeLine' },
    );
  }
  blocks.push(...markdownBlocks(notes, siteUrl));
  blocks.push({ type: 'heading', level: 2, text: t('article.sources') });
  blocks.push(
    ...sources.map((s): Block => ({
      type: 'bullet',
      runs: plain(`${s.title} (${s.publisher})${s.url ? ` ${s.url}` : ''}`),
    })),
  );
  blocks.push({ type: 'paragraph', runs: plain(`${siteName}: ${pageUrl}`) });

  for (const worksheet of lesson.worksheets) {
    blocks.push(
      { type: 'pageBreak' },
      { type: 'heading', level: 1, text: worksheet.title },
      {
        type: 'paragraph',
        runs: plain(
          `${t('lesson.name')}: ................................................  ${t('lesson.class')}: ..............`,
        ),
      },
      { type: 'paragraph', runs: plain(worksheet.instructions) },
    );
    worksheet.items.forEach((item, i) => {
      blocks.push({ type: 'numbered', number: i + 1, runs: plain(item.prompt) });
      for (const option of item.options ?? []) blocks.push({ type: 'checkbox', text: option });
      for (let line = 0; line < item.lines; line += 1) blocks.push({ type: 'writeLine' });
    });
  }

  blocks.push(
    { type: 'pageBreak' },
    { type: 'heading', level: 1, text: t('lesson.parentLetter') },
    { type: 'heading', level: 2, text: lesson.parentLetter.title },
    ...lesson.parentLetter.paragraphs.map((text): Block => ({ type: 'paragraph', runs: plain(text) })),
  );
  if (parentGuide)
    blocks.push({
      type: 'qr',
      url: parentGuide.url,
      caption: fill(t('lesson.parentGuideQr'), { title: parentGuide.title }),
    });
  return normalise(blocks);
}

/** PDF fonts and Word both expect composed Vietnamese (NFC), whatever the editor saved. */
function normalise(blocks: Block[]): Block[] {
  const nfc = (s: string) => s.normalize('NFC');
  return blocks.map((block): Block => {
    switch (block.type) {
      case 'title':
      case 'subtitle':
      case 'heading':
      case 'checkbox':
        return { ...block, text: nfc(block.text) };
      case 'paragraph':
      case 'bullet':
      case 'numbered':
      case 'quote':
        return { ...block, runs: block.runs.map((run) => ({ ...run, text: nfc(run.text) })) };
      case 'fields':
        return { ...block, fields: block.fields.map((f) => ({ label: nfc(f.label), value: nfc(f.value) })) };
      case 'table':
        return { ...block, header: block.header.map(nfc), rows: block.rows.map((row) => row.map(nfc)) };
      case 'qr':
        return { ...block, caption: nfc(block.caption) };
      default:
        return block;
    }
  });
}
