import { z } from 'astro/zod';
import { lessonPhases, lessonTimingProblems } from '../lib/lesson-timing';
import { pageFields } from './shared';

const activity = z.strictObject({
  /** Mở đầu / Hình thành kiến thức / Luyện tập / Vận dụng. */
  phase: z.enum(lessonPhases),
  /** The activity's name: "Hoạt động 1: Ai đang nhắn tin cho em?". */
  title: z.string().min(1),
  minutes: z.int().min(1).max(45),
  /** a) Mục tiêu. */
  objective: z.string().min(1),
  /** b) Nội dung. */
  content: z.string().min(1),
  /** c) Sản phẩm. */
  product: z.string().min(1),
  /** d) Tổ chức thực hiện: the steps, in order. */
  organisation: z.array(z.string().min(1)).min(1),
});

const worksheet = z.strictObject({
  /** "Phiếu học tập số 1: …". */
  title: z.string().min(1),
  instructions: z.string().min(1),
  /** Each item is a prompt; `lines` leaves room to write, `options` gives boxes to tick. */
  items: z
    .array(
      z.strictObject({
        /** The task, without a number: the site numbers items itself. */
        prompt: z
          .string()
          .min(1)
          .refine((text) => !/^\s*\d+[.)]\s/.test(text), 'Leave out the item number: worksheets are numbered automatically'),
        options: z.array(z.string().min(1)).optional(),
        lines: z.int().min(0).max(10).default(2),
      }),
    )
    .min(2),
});

/** Lesson plans in the kế hoạch bài dạy structure (Phụ lục IV, Công văn 5512/BGDĐT-GDTrH). */
export const lessonSchema = z
  .strictObject({
    ...pageFields,
    audience: pageFields.audience.default(['teachers']),
    /** Grades the lesson is written for, all in one school level (1–5, 6–9 or 10–12). */
    grades: z.array(z.int().min(1).max(12)).min(1),
    /** Number of periods; minutes must add up to exactly this many periods. */
    periods: z.int().min(1).max(2).default(1),
    /** I. Mục tiêu. */
    objectives: z.strictObject({
      knowledge: z.array(z.string().min(1)).min(1),
      competences: z.array(z.string().min(1)).min(1),
      qualities: z.array(z.string().min(1)).min(1),
    }),
    /** II. Thiết bị dạy học và học liệu. */
    materials: z.strictObject({
      teacher: z.array(z.string().min(1)).min(1),
      students: z.array(z.string().min(1)).default([]),
    }),
    /** III. Tiến trình dạy học. */
    activities: z.array(activity).min(4),
    /** Phiếu học tập: printed on their own pages. */
    worksheets: z.array(worksheet).min(1, 'A lesson needs at least one worksheet (phiếu học tập)'),
    /** A short letter teachers send home after the lesson. */
    parentLetter: z.strictObject({
      title: z.string().min(1),
      paragraphs: z.array(z.string().min(1)).min(1),
    }),
  })
  .superRefine((lesson, ctx) => {
    for (const message of lessonTimingProblems(lesson.grades, lesson.periods, lesson.activities)) {
      ctx.addIssue({ code: 'custom', path: ['activities'], message });
    }
  });

export type LessonData = z.infer<typeof lessonSchema>;
