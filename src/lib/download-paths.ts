/**
 * Download files derived from the lessons: one PDF and one DOCX per
 * Vietnamese lesson, and one ZIP per grade band. Paths live here so pages,
 * endpoints and tests agree.
 */
import { gradeBandOf, gradeBands, type GradeBand } from './lesson-timing';
import { filePath } from './routes';

export type DownloadFormat = 'pdf' | 'docx';

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
