import { defineConfig } from 'vitest/config'
import base from './vitest.config.js'

// The unit tests alone, for mutation testing (stryker.config.js): they import src/ directly and need no moto server,
// so they run in Stryker's sandbox without the emulator's install check.
export default defineConfig({
  ...base,
  test: { ...base.test, include: ['__tests__/unit/**/*.test.ts'], globalSetup: [] }
})
