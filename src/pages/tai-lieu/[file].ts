/**
 * Lesson downloads: /tai-lieu/<lesson>.pdf, .docx, .pptx and one ZIP per grade band.
 * The folder name is the Vietnamese "downloads" segment of src/lib/routes.ts
 * (tests/unit/routes.test.ts keeps the two in step).
 */
import type { APIRoute, GetStaticPaths } from 'astro';
import { bandZip, lessonDownloads } from '../../downloads/lesson-files';
import { gradeBands } from '../../lib/download-paths';

const contentTypes = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  zip: 'application/zip',
} as const;

export const getStaticPaths = (async () => {
  const downloads = await lessonDownloads();
  const files = downloads.flatMap((d) =>
    d.files.map((f) => ({ params: { file: f.name }, props: { data: f.data, type: contentTypes[f.format] } })),
  );
  const bands = gradeBands.filter((band) => downloads.some((d) => d.band === band));
  const zips = await Promise.all(bands.map((band) => bandZip(band)));
  return [
    ...files,
    ...zips.map((zip) => ({
      params: { file: zip.path.split('/').pop()! },
      props: { data: zip.data, type: contentTypes.zip },
    })),
  ];
}) satisfies GetStaticPaths;

export const GET: APIRoute = ({ props }) =>
  new Response((props.data as Uint8Array).slice(), { headers: { 'Content-Type': props.type as string } });
