/** What the build tells the server-file generators about its pages (src/pages/deploy-manifest.json.ts). */
export interface DeployManifest {
  /** Every page path of the build. */
  pages: string[];
  /** Paths of pages that carry "Exit this page": sent with Cache-Control: no-store. */
  noStore: string[];
}

/** Where the manifest lands in the build output; the name of its endpoint file must match. */
export const deployManifestFile = 'deploy-manifest.json';
