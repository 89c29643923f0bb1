import { defineConfig } from 'vitest/config'

/**
 * Integration tests run against a real database through Payload's Local API. Files share one
 * database per run (see tests/helpers/globalSetup.ts), so they run one after another — in a
 * different order every run, so that a file which needs another's records or leftovers fails
 * (the seed is printed; `--sequence.seed=<n>` replays an order). Each file builds its own world.
 */
export const config = defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/int/**/*.test.ts', 'tests/server/**/*.test.ts'],
    globalSetup: ['tests/helpers/globalSetup.ts'],
    fileParallelism: false,
    sequence: { shuffle: { files: true, tests: false } },
    testTimeout: 60_000,
    hookTimeout: 600_000,
    env: {
      NODE_ENV: 'test',
      PAYLOAD_SECRET: 'test-secret-not-for-production',
      DISABLE_PAYLOAD_HMR: 'true',
      // In-process requests all come from one (unknown) address; the limit tests set their own multiplier.
      RATE_LIMIT_MULTIPLIER: '1000',
    },
  },
})

export default config
