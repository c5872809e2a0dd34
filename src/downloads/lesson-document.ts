/**
 * A lesson plan as a flat list of printable blocks, in Vietnamese. The PDF
 * and DOCX writers both render this list, so the two downloads and the web
 * page (all from the same lesson data) cannot drift apart.
 */
import { useTranslations } from '../i18n/t';
import { lessonBand } from '../lib/download-paths';
import type { LessonData } from '../schemas/lessons';
import type { Source } from '../schemas/taxonomy';

export type Block =
  | { type: 'title'; text: string }
  | { type: 'subtitle'; text: string }
  | { type: 'heading'; level: 1 | 2 | 3; text: string }
  | { type: 'paragraph'; text: string; bold?: boolean }
  | { type: 'bullet'; text: string }
  | { type: 'numbered'; number: number; text: string }
  | { type: 'checkbox'; text: string }
  | { type: 'writeLine' }
  | { type: 'pageBreak' };

const t = useTranslations('vi');

/** Turns the Markdown of a lesson's notes into blocks: headings, list items, paragraphs. */
export function markdownBlocks(markdown: string): Block[] {
  const blocks: Block[] = [];
  const plain = (text: string) => text.replace(/\*\*(.+?)\*\*/g, '$1').replace(/\*(.+?)\*/g, '$1').replace(/\[(.+?)\]\((.+?)\)/g, '$1 ($2)');
  let paragraph: string[] = [];
  const flush = () => {
    if (paragraph.length) blocks.push({ type: 'paragraph', text: plain(paragraph.join(' ')) });
    paragraph = [];
  };
  let numbered = 0;
  for (const line of markdown.split(/\r?\n/)) {
    const trimmed = line.trim();
    const heading = /^(#{2,4})\s+(.*)$/.exec(trimmed);
    const bullet = /^[-*]\s+(.*)$/.exec(trimmed);
    const ordered = /^\d+[.)]\s+(.*)$/.exec(trimmed);
    if (heading) {
      flush();
      blocks.push({ type: 'heading', level: heading[1]!.length === 2 ? 2 : 3, text: plain(heading[2]!) });
    } else if (bullet) {
      flush();
      blocks.push({ type: 'bullet', text: plain(bullet[1]!) });
    } else if (ordered) {
      flush();
      numbered += 1;
      blocks.push({ type: 'numbered', number: numbered, text: plain(ordered[1]!) });
    } else if (trimmed === '') {
      flush();
      numbered = 0;
    } else {
      paragraph.push(trimmed);
    }
  }
  flush();
  return blocks;
}

export interface LessonDocumentInput {
  lesson: LessonData;
  /** The MDX body: notes for teachers. */
  notes: string;
  sources: Source[];
  siteName: string;
  /** The web page of the lesson, printed so the file leads back to it. */
  pageUrl: string;
}

export function lessonBlocks({ lesson, notes, sources, siteName, pageUrl }: LessonDocumentInput): Block[] {
  const band = lessonBand(lesson.grades);
  const minutes = lesson.activities.reduce((sum, a) => sum + a.minutes, 0);
  const list = (items: string[]): Block[] => items.map((text) => ({ type: 'bullet', text }));
  const blocks: Block[] = [
    { type: 'subtitle', text: `${siteName} · KẾ HOẠCH BÀI DẠY` },
    { type: 'title', text: lesson.title },
    {
      type: 'paragraph',
      text: `${t('lesson.grades')}: ${lesson.grades.join(', ')} (${t(`lesson.gradeBand.${band}`)}) · ${t('lesson.periods')}: ${lesson.periods} ${t('lesson.periodCount')} (${minutes} ${t('lesson.minutes')})`,
    },
    { type: 'heading', level: 1, text: t('lesson.objectives') },
    { type: 'heading', level: 2, text: t('lesson.knowledge') },
    ...list(lesson.objectives.knowledge),
    { type: 'heading', level: 2, text: t('lesson.competences') },
    ...list(lesson.objectives.competences),
    { type: 'heading', level: 2, text: t('lesson.qualities') },
    ...list(lesson.objectives.qualities),
    { type: 'heading', level: 1, text: t('lesson.materials') },
    { type: 'heading', level: 2, text: t('lesson.forTeacher') },
    ...list(lesson.materials.teacher),
    ...(lesson.materials.students.length
      ? ([{ type: 'heading', level: 2, text: t('lesson.forStudents') }, ...list(lesson.materials.students)] as Block[])
      : []),
    { type: 'heading', level: 1, text: t('lesson.process') },
  ];
  for (const activity of lesson.activities) {
    blocks.push(
      { type: 'heading', level: 2, text: `${activity.title} (${t(`lesson.phase.${activity.phase}`)}, ${activity.minutes} ${t('lesson.minutes')})` },
      { type: 'paragraph', text: t('lesson.objective'), bold: true },
      { type: 'paragraph', text: activity.objective },
      { type: 'paragraph', text: t('lesson.content'), bold: true },
      { type: 'paragraph', text: activity.content },
      { type: 'paragraph', text: t('lesson.product'), bold: true },
      { type: 'paragraph', text: activity.product },
      { type: 'paragraph', text: t('lesson.organisation'), bold: true },
      ...activity.organisation.map((text, i): Block => ({ type: 'numbered', number: i + 1, text })),
    );
  }
  blocks.push(...markdownBlocks(notes));
  blocks.push({ type: 'heading', level: 2, text: t('article.sources') });
  blocks.push(...sources.map((s): Block => ({ type: 'bullet', text: `${s.title} (${s.publisher})${s.url ? ` ${s.url}` : ''}` })));
  blocks.push({ type: 'paragraph', text: `${siteName}: ${pageUrl}` });

  for (const worksheet of lesson.worksheets) {
    blocks.push(
      { type: 'pageBreak' },
      { type: 'heading', level: 1, text: worksheet.title },
      { type: 'paragraph', text: `${t('lesson.name')}: ................................................  ${t('lesson.class')}: ..............` },
      { type: 'paragraph', text: worksheet.instructions },
    );
    worksheet.items.forEach((item, i) => {
      blocks.push({ type: 'numbered', number: i + 1, text: item.prompt });
      for (const option of item.options ?? []) blocks.push({ type: 'checkbox', text: option });
      for (let line = 0; line < item.lines; line += 1) blocks.push({ type: 'writeLine' });
    });
  }

  blocks.push(
    { type: 'pageBreak' },
    { type: 'heading', level: 1, text: t('lesson.parentLetter') },
    { type: 'heading', level: 2, text: lesson.parentLetter.title },
    ...lesson.parentLetter.paragraphs.map((text): Block => ({ type: 'paragraph', text })),
  );
  // PDF fonts and Word both expect composed Vietnamese (NFC), whatever the editor saved.
  return blocks.map((block) => ('text' in block ? { ...block, text: block.text.normalize('NFC') } : block));
}
