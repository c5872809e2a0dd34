/**
 * Where the lesson downloads live: one PDF, one DOCX and one PPTX per
 * Vietnamese lesson, and one ZIP per grade band. Paths live here so pages,
 * endpoints and tests agree.
 */
import { gradeBandOf, gradeBands, type GradeBand } from './lesson-timing';
import { filePath } from './routes';

export const downloadFormats = ['pdf', 'docx', 'pptx'] as const;
export type DownloadFormat = (typeof downloadFormats)[number];

/** What each format is called on buttons ("PDF · Word · Slides"). */
export const formatLabels: Record<DownloadFormat, string> = { pdf: 'PDF', docx: 'Word', pptx: 'Slides' };

/** /tai-lieu/th-nguoi-la-tren-mang.pdf — downloads are Vietnamese, so their paths are too. */
export function lessonFilePath(key: string, format: DownloadFormat): string {
  return filePath('downloads', 'vi', `${key}.${format}`);
}

/** /tai-lieu/bai-giang-thcs.zip */
export function bandZipPath(band: GradeBand): string {
  return filePath('downloads', 'vi', `bai-giang-${band}.zip`);
}

/** The grade band of a lesson: all its grades are in one band (the schema checks). */
export function lessonBand(grades: number[]): GradeBand {
  return gradeBandOf(grades[0] ?? 1);
}

export { gradeBands };
