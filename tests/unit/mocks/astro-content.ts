/**
 * A stand-in for `astro:content` in unit tests (Starlight does the same):
 * tests set the entries each collection returns.
 */
type Entry = { id: string; collection: string; data: Record<string, unknown>; body?: string };

let entries: Entry[] = [];

export function setEntries(next: Entry[]): void {
  entries = next;
}

export async function getCollection(collection: string): Promise<Entry[]> {
  return entries.filter((entry) => entry.collection === collection);
}

export async function render(): Promise<never> {
  throw new Error('render() is not available in unit tests');
}

export type CollectionEntry<_C extends string> = Entry;
export type CollectionKey = string;
