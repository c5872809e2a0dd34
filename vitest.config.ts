import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    // Code that reads collections is tested against a stand-in for Astro's virtual module.
    alias: { 'astro:content': fileURLToPath(new URL('./tests/unit/mocks/astro-content.ts', import.meta.url)) },
  },
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/unit/**/*.test.tsx'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
