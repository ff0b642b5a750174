// Debian's Chromium, headless, as every browser test launches it, and the
// pass/fail bookkeeping they share.
import { chromium } from 'playwright-core';

export const launch = () => chromium.launch({
  executablePath: '/usr/bin/chromium',
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking',
         '--disable-component-update', '--disable-sync', '--no-first-run'],
});

export const results = { passed: 0, failed: 0 };
export const check = (what, ok) => {
  if (ok) results.passed++; else { results.failed++; console.error(`FAIL ${what}`); }
};
