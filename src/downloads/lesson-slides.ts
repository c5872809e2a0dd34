/**
 * A slide deck (PPTX, made with pptxgenjs) for the classroom projector, from
 * the same lesson data as the plan: a title slide, one slide per activity with
 * its task and timing, the discussion questions, and a last slide with 111.
 * Arial is named because Impress and PowerPoint both have it or a metric twin
 * (Liberation Sans) with Vietnamese glyphs.
 */
import PptxGenJS from 'pptxgenjs';
import { useTranslations } from '../i18n/t';
import { lessonBand } from '../lib/download-paths';
import type { LessonData } from '../schemas/lessons';
import { curriculumLine } from './lesson-document';

const t = useTranslations('vi');
const font = 'Arial';
const ink = '1B1B1B';
const brand = '0B5CAD';

/** Long activity text shrinks so it fits the slide without an auto-fit the viewer may ignore. */
const bodySize = (text: string) => (text.length > 900 ? 13 : text.length > 600 ? 15 : text.length > 350 ? 17 : 20);

export async function renderSlides(
  lesson: LessonData,
  info: { siteName: string; siteUrl: string },
): Promise<Uint8Array> {
  const nfc = (s: string) => s.normalize('NFC');
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = nfc(lesson.title);
  pptx.author = info.siteName;
  pptx.company = info.siteName;
  pptx.subject = 'Kế hoạch bài dạy';
  const minutes = lesson.activities.reduce((sum, a) => sum + a.minutes, 0);
  const footer = (slide: PptxGenJS.Slide) =>
    slide.addText(`${nfc(lesson.title)} · ${info.siteUrl}`, {
      x: 0.4,
      y: 5.25,
      w: 9.2,
      h: 0.3,
      fontFace: font,
      fontSize: 10,
      color: '555555',
      lang: 'vi-VN',
    });

  const title = pptx.addSlide();
  title.background = { color: 'FFFFFF' };
  title.addText(info.siteName, {
    x: 0.5,
    y: 0.4,
    w: 9,
    h: 0.5,
    fontFace: font,
    fontSize: 16,
    color: brand,
    bold: true,
  });
  title.addText(nfc(lesson.title), {
    x: 0.5,
    y: 1.2,
    w: 9,
    h: 2,
    fontFace: font,
    fontSize: 34,
    bold: true,
    color: ink,
    valign: 'middle',
    lang: 'vi-VN',
  });
  title.addText(
    nfc(
      `${t('lesson.grades')} ${lesson.grades.join(', ')} (${t(`lesson.gradeBand.${lessonBand(lesson.grades)}`)}) · ${lesson.periods} ${t('lesson.periodCount')} (${minutes} ${t('lesson.minutes')})`,
    ),
    { x: 0.5, y: 3.3, w: 9, h: 0.5, fontFace: font, fontSize: 18, color: ink, lang: 'vi-VN' },
  );
  title.addText(nfc(`${t('lesson.curriculum')}: ${curriculumLine(lesson)}`), {
    x: 0.5,
    y: 3.9,
    w: 9,
    h: 1,
    fontFace: font,
    fontSize: 14,
    color: '444444',
    lang: 'vi-VN',
  });

  for (const activity of lesson.activities) {
    const slide = pptx.addSlide();
    slide.addText(nfc(activity.title), {
      x: 0.4,
      y: 0.25,
      w: 9.2,
      h: 0.8,
      fontFace: font,
      fontSize: 26,
      bold: true,
      color: ink,
      lang: 'vi-VN',
    });
    slide.addText(nfc(`${t(`lesson.phase.${activity.phase}`)} · ${activity.minutes} ${t('lesson.minutes')}`), {
      x: 0.4,
      y: 1.0,
      w: 9.2,
      h: 0.4,
      fontFace: font,
      fontSize: 16,
      color: brand,
      bold: true,
      lang: 'vi-VN',
    });
    const task = nfc(activity.content);
    slide.addText([{ text: `${t('lesson.slides.task')}: `, options: { bold: true } }, { text: task }], {
      x: 0.4,
      y: 1.5,
      w: 9.2,
      h: 3.6,
      fontFace: font,
      fontSize: bodySize(task),
      color: ink,
      valign: 'top',
      lang: 'vi-VN',
    });
    footer(slide);
  }

  const discuss = pptx.addSlide();
  discuss.addText(t('lesson.slides.discuss'), {
    x: 0.4,
    y: 0.25,
    w: 9.2,
    h: 0.8,
    fontFace: font,
    fontSize: 28,
    bold: true,
    color: ink,
    lang: 'vi-VN',
  });
  discuss.addText(
    lesson.exitTicket.questions.map((q) => ({
      text: nfc(q.prompt),
      options: { bullet: { type: 'number' as const }, breakLine: true },
    })),
    {
      x: 0.5,
      y: 1.2,
      w: 9,
      h: 3.8,
      fontFace: font,
      fontSize: 20,
      color: ink,
      valign: 'top',
      paraSpaceAfter: 10,
      lang: 'vi-VN',
    },
  );
  footer(discuss);

  const help = pptx.addSlide();
  help.background = { color: 'FFF4D6' };
  help.addText(t('lesson.slides.help'), {
    x: 0.5,
    y: 0.5,
    w: 9,
    h: 0.8,
    fontFace: font,
    fontSize: 28,
    bold: true,
    color: ink,
    lang: 'vi-VN',
  });
  help.addText('111', {
    x: 0.5,
    y: 1.4,
    w: 9,
    h: 1.8,
    fontFace: font,
    fontSize: 110,
    bold: true,
    color: 'B00020',
    align: 'center',
  });
  help.addText(t('lesson.slides.helpText'), {
    x: 0.5,
    y: 3.3,
    w: 9,
    h: 1.4,
    fontFace: font,
    fontSize: 22,
    color: ink,
    align: 'center',
    lang: 'vi-VN',
  });
  footer(help);

  const data = await pptx.write({ outputType: 'uint8array' });
  return data as Uint8Array;
}
