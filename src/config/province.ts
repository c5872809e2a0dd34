/**
 * The province a build serves: provinces/<name>/province.yaml, chosen by
 * ANTOANSO_PROVINCE (default bac-ninh), validated so that a mistake names the
 * file and the field. A province folder holds data only (this file and its
 * content/), so adopting the site never means editing code.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'yaml';
import { fromProject, provinceDir } from '../lib/content-root';
import { provinceSchema, type Province } from '../schemas/province';

export const provinceFileName = 'province.yaml';

/** Reads and checks one province folder; throws a message naming the file and each bad field. */
export function loadProvince(dir: string): Province {
  const file = path.join(dir, provinceFileName);
  if (!existsSync(file)) {
    const known = existsSync('provinces')
      ? readdirSync('provinces').filter((name) => existsSync(path.join('provinces', name, provinceFileName)))
      : [];
    throw new Error(
      `No province configuration at ${fromProject(file)}. ANTOANSO_PROVINCE names a folder under provinces/ ` +
        `(${known.join(', ') || 'none yet'}) or a path to a folder with a ${provinceFileName}.`,
    );
  }
  let data: unknown;
  try {
    data = parse(readFileSync(file, 'utf8'));
  } catch (error) {
    throw new Error(`${fromProject(file)}: not valid YAML: ${(error as Error).message}`);
  }
  const result = provinceSchema.safeParse(data);
  if (!result.success) {
    const problems = result.error.issues.map(
      (issue) => `${fromProject(file)}: field ${issue.path.join('.') || '(file)'}: ${issue.message}`,
    );
    throw new Error(`Invalid province configuration:\n${problems.join('\n')}`);
  }
  return result.data;
}

/**
 * The publishing build (ANTOANSO_PUBLISH=1) refuses a fixture province: it
 * exists to prove the site has nothing province-specific outside the folder,
 * and its name and contacts are made up.
 */
export function assertPublishable(
  province: Province,
  dir: string,
  env: Readonly<Record<string, string | undefined>>,
): void {
  if (env.ANTOANSO_PUBLISH === '1' && province.fixture) {
    throw new Error(
      `${fromProject(path.join(dir, provinceFileName))} is a test fixture (fixture: true) and is never published. ` +
        'Build a real province: unset ANTOANSO_PROVINCE or set it to a folder under provinces/.',
    );
  }
}

/** The province this build serves. */
export const province: Province = loadProvince(provinceDir);
