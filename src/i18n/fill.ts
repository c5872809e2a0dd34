/**
 * Fills `{name}` placeholders: fill('Câu {number}', { number: 2 }).
 * Kept apart from the dictionaries so an island can use it without pulling them in.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (match, name: string) => (name in values ? String(values[name]) : match));
}
