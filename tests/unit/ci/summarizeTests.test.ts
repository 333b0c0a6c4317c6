// The closing "N passed, N failed" line is what CI reads: it must count every kind of outcome.
// @vitest-environment node
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const SCRIPT = join(__dirname, '../../../scripts/summarize-tests.mjs');

function summarize(vitest: unknown, playwright: unknown, stepFailures = '0'): { lines: string[]; exitCode: number } {
  const dir = mkdtempSync(join(tmpdir(), 'summary-'));
  const paths = [join(dir, 'vitest.json'), join(dir, 'playwright.json')];
  [vitest, playwright].forEach((report, i) => report !== undefined && writeFileSync(paths[i]!, JSON.stringify(report)));
  try {
    const out = execFileSync('node', [SCRIPT, ...paths, stepFailures], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    return { lines: out.trim().split('\n'), exitCode: 0 };
  } catch (error) {
    const failed = error as { stdout: string; status: number };
    return { lines: failed.stdout.trim().split('\n'), exitCode: failed.status };
  }
}

const vitestOk = { numPassedTests: 10, numFailedTests: 0, numRuntimeErrorTestSuites: 0, success: true };
const spec = (title: string, status: string) => ({ title, file: 'a.spec.ts', line: 3, tests: [{ status }] });
const playwright = (stats: { expected: number; unexpected: number; flaky: number }, specs: unknown[] = [], errors: unknown[] = []) => ({
  stats,
  errors,
  suites: [{ title: 'a.spec.ts', specs: [], suites: [{ title: 'group', specs }] }],
});

describe('summarize-tests', () => {
  it.each([
    ['everything passed', vitestOk, playwright({ expected: 5, unexpected: 0, flaky: 0 }), '0', '15 passed, 0 failed', 0],
    ['a browser test failed twice', vitestOk, playwright({ expected: 4, unexpected: 1, flaky: 0 }), '0', '14 passed, 1 failed', 1],
    ['a unit test failed', { ...vitestOk, numPassedTests: 9, numFailedTests: 1, success: false }, playwright({ expected: 5, unexpected: 0, flaky: 0 }), '0', '14 passed, 1 failed', 1],
    ['a unit suite crashed without failing a test', { ...vitestOk, success: false }, playwright({ expected: 5, unexpected: 0, flaky: 0 }), '0', '15 passed, 1 failed', 1],
    ['a build step failed', vitestOk, playwright({ expected: 5, unexpected: 0, flaky: 0 }), '2', '15 passed, 2 failed', 1],
    ['Playwright reported a global error', vitestOk, playwright({ expected: 5, unexpected: 0, flaky: 0 }, [], [{ message: 'setup' }]), '0', '15 passed, 1 failed', 1],
    ['the vitest report is missing', undefined, playwright({ expected: 5, unexpected: 0, flaky: 0 }), '0', '5 passed, 1 failed', 1],
    ['the Playwright report is missing', vitestOk, undefined, '0', '10 passed, 1 failed', 1],
  ])('%s', (_name, vitest, browser, steps, last, exitCode) => {
    const result = summarize(vitest, browser, steps);
    expect(result.lines.at(-1)).toBe(last);
    expect(result.exitCode).toBe(exitCode);
  });

  it('a browser test that passed on its retry counts as passed and is named as flaky', () => {
    const result = summarize(vitestOk, playwright({ expected: 4, unexpected: 0, flaky: 1 }, [spec('steady', 'expected'), spec('shaky', 'flaky')]));
    expect(result.lines).toEqual(['flaky (failed once, passed on retry): a.spec.ts › group › shaky (a.spec.ts:3)', '15 passed, 0 failed']);
    expect(result.exitCode).toBe(0);
  });
});
