import { z } from 'astro/zod';
import { competenceNames, curriculumProblems, curriculumSlots, qualityNames } from '../lib/lesson-curriculum';
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
          .refine(
            (text) => !/^\s*\d+[.)]\s/.test(text),
            'Leave out the item number: worksheets are numbered automatically',
          ),
        options: z.array(z.string().min(1)).optional(),
        lines: z.int().min(0).max(10).default(2),
      }),
    )
    .min(2),
});

/** One official quality or competence and how this lesson shows it. */
const namedObjective = <T extends readonly [string, ...string[]]>(names: T, kind: string) =>
  z.strictObject({
    /** An official name from the 2018 programme (src/lib/lesson-curriculum.ts). */
    name: z.enum(names, { error: `Use one of the official ${kind} names: ${names.join(', ')}` }),
    /** What pupils do in this lesson that shows it, without repeating the name. */
    detail: z.string().min(1),
  });

/** A short check of learning at the end of the period, with answers for the teacher. */
const exitTicket = z.strictObject({
  /** What pupils do: "Trả lời vào mảnh giấy, không ghi tên…". */
  instructions: z.string().min(1),
  questions: z
    .array(z.strictObject({ prompt: z.string().min(1), answer: z.string().min(1) }))
    .min(2, 'An exit ticket has at least two questions'),
});

/** Legal clauses are for grades 8 and up; younger pupils learn what to do, not decree numbers. */
const legalClause = /\b(Điều|khoản|Nghị định|Article|Decree|clause)\s+\d/i;
const lawFromGrade = 8;

/** Lesson plans in the kế hoạch bài dạy structure (Phụ lục IV, Công văn 5512/BGDĐT-GDTrH). */
export const lessonSchema = z
  .strictObject({
    ...pageFields,
    audience: pageFields.audience.default(['teachers']),
    /** Grades the lesson is written for, all in one school level (1–5, 6–9 or 10–12). */
    grades: z.array(z.int().min(1).max(12)).min(1),
    /** Where it can be taught in the 2018 programme: subjects or activities whose grades include the lesson's. */
    curriculum: z
      .array(z.enum(curriculumSlots))
      .min(1, 'Name at least one subject or activity the lesson fits (curriculum)'),
    /** Number of periods; minutes must add up to exactly this many periods. */
    periods: z.int().min(1).max(2).default(1),
    /** I. Mục tiêu. */
    objectives: z.strictObject({
      knowledge: z.array(z.string().min(1)).min(1),
      /** Năng lực: the three năng lực chung and the subject's năng lực đặc thù. */
      competences: z.array(namedObjective(competenceNames, 'competence')).min(1),
      /** Phẩm chất: the five phẩm chất chủ yếu. */
      qualities: z.array(namedObjective(qualityNames, 'quality')).min(1),
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
    /** Phiếu kiểm tra cuối giờ: done in the last activity's minutes. */
    exitTicket,
    /** A short letter teachers send home after the lesson. */
    parentLetter: z.strictObject({
      title: z.string().min(1),
      paragraphs: z.array(z.string().min(1)).min(1),
      /**
       * The parent guide the letter's QR code opens: the file name (without .mdx) of a
       * guide for parents in the same language (checked at build, src/lib/content-checks.ts).
       */
      guide: z.string().min(1, 'Name the parent guide the letter points to (its file name without .mdx)'),
    }),
  })
  .superRefine((lesson, ctx) => {
    for (const message of lessonTimingProblems(lesson.grades, lesson.periods, lesson.activities)) {
      ctx.addIssue({ code: 'custom', path: ['activities'], message });
    }
    const competences = lesson.objectives.competences.map((c) => c.name);
    for (const message of curriculumProblems(lesson.grades, lesson.curriculum, competences)) {
      ctx.addIssue({ code: 'custom', path: ['curriculum'], message });
    }
    if (Math.min(...lesson.grades) < lawFromGrade) {
      lesson.activities.forEach((activity, i) => {
        const text = [activity.content, ...activity.organisation].join(' ');
        const clause = legalClause.exec(text);
        if (clause) {
          ctx.addIssue({
            code: 'custom',
            path: ['activities', i, 'content'],
            message: `"${clause[0]}": legal clauses are taught from grade ${lawFromGrade}; say what pupils should do instead.`,
          });
        }
      });
    }
  });

export type LessonData = z.infer<typeof lessonSchema>;
