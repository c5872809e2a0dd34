/**
 * Where a lesson fits in the 2018 general education programme (Chương trình
 * giáo dục phổ thông, Thông tư 32/2018/TT-BGDĐT) and the official names of
 * its qualities and competences. Lesson schemas accept only these ids; the
 * words a reader sees come from the UI dictionaries (`curriculum.*` keys).
 */

/** Subjects and educational activities in whose periods a lesson can be taught. */
export const curriculumSlots = [
  /** Tin học, chủ đề D "Đạo đức, pháp luật và văn hoá trong môi trường số" (lớp 3–12). */
  'tin-hoc-chu-de-d',
  /** Hoạt động trải nghiệm (tiểu học); Hoạt động trải nghiệm, hướng nghiệp (THCS, THPT). */
  'hoat-dong-trai-nghiem',
  /** Đạo đức (tiểu học). */
  'dao-duc',
  /** Giáo dục công dân (THCS). */
  'gdcd',
  /** Giáo dục kinh tế và pháp luật (THPT). */
  'gd-kinh-te-va-phap-luat',
  /** Sinh hoạt lớp: every class has one period a week. */
  'sinh-hoat-lop',
] as const;
export type CurriculumSlot = (typeof curriculumSlots)[number];

/** The grades in which each subject or activity exists in the 2018 programme. */
export const slotGrades: Record<CurriculumSlot, { from: number; to: number }> = {
  'tin-hoc-chu-de-d': { from: 3, to: 12 },
  'hoat-dong-trai-nghiem': { from: 1, to: 12 },
  'dao-duc': { from: 1, to: 5 },
  gdcd: { from: 6, to: 9 },
  'gd-kinh-te-va-phap-luat': { from: 10, to: 12 },
  'sinh-hoat-lop': { from: 1, to: 12 },
};

/** The five phẩm chất chủ yếu. */
export const qualityNames = ['yeu-nuoc', 'nhan-ai', 'cham-chi', 'trung-thuc', 'trach-nhiem'] as const;
export type QualityName = (typeof qualityNames)[number];

/** The three năng lực chung, then the subject's năng lực đặc thù a lesson may name. */
export const competenceNames = [
  'tu-chu-va-tu-hoc',
  'giao-tiep-va-hop-tac',
  'giai-quyet-van-de-va-sang-tao',
  /** Năng lực tin học: the special competence of Tin học; only with a Tin học slot. */
  'nang-luc-tin-hoc',
] as const;
export type CompetenceName = (typeof competenceNames)[number];

/** Which slot a special (subject) competence needs; general competences need none. */
export const competenceSlot: Partial<Record<CompetenceName, CurriculumSlot>> = {
  'nang-luc-tin-hoc': 'tin-hoc-chu-de-d',
};

/**
 * The dictionary key that names a slot for a school level: primary schools call
 * it "Hoạt động trải nghiệm", secondary schools "Hoạt động trải nghiệm, hướng nghiệp".
 */
export function curriculumSlotKey(slot: CurriculumSlot, primary: boolean) {
  return slot === 'hoat-dong-trai-nghiem' && primary
    ? ('curriculum.hoat-dong-trai-nghiem.tieu-hoc' as const)
    : (`curriculum.${slot}` as const);
}

/** Problems with a lesson's curriculum fit, as messages for authors; empty when it fits. */
export function curriculumProblems(grades: number[], slots: CurriculumSlot[], competences: CompetenceName[]): string[] {
  const problems: string[] = [];
  for (const slot of slots) {
    const { from, to } = slotGrades[slot];
    const outside = grades.filter((grade) => grade < from || grade > to);
    if (outside.length > 0)
      problems.push(
        `"${slot}" is taught in grades ${from}–${to}, not in grade ${outside.join(', ')}. Pick another slot.`,
      );
  }
  for (const competence of competences) {
    const needs = competenceSlot[competence];
    if (needs && !slots.includes(needs))
      problems.push(
        `"${competence}" is the special competence of "${needs}": add that slot to curriculum or drop the competence.`,
      );
  }
  return problems;
}
