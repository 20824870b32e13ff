import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const SCRIPT = path.join(import.meta.dirname, 'electronegativity.mjs');

interface Report {
  electronVersion: string;
  scanned: number;
  findings: Array<{ id: string; severity: string; file: string; line: number; failing: boolean }>;
  errors: unknown[];
  disabled: Array<{ file: string; checks: string[]; reason: string }>;
  unjustified: unknown[];
}

/** Runs the scan in its own process (it stubs the network out), bounded in time; answers its exit code and report. */
async function scan(root?: string): Promise<{ code: number | null; report: Report }> {
  const out = path.join(dir, `report-${Math.random().toString(36).slice(2)}.json`);
  const args = [SCRIPT, '--json', out, ...(root === undefined ? [] : ['--root', root])];
  const child = spawn(process.execPath, args, { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
  const timer = setTimeout(() => child.kill('SIGKILL'), 150_000);
  const code = await new Promise<number | null>((resolve) => child.once('close', resolve));
  clearTimeout(timer);
  const text = await readFile(out, 'utf8').catch(() => {
    throw new Error(`The scan wrote no report (exit ${code}): ${stderr}`);
  });
  return { code, report: JSON.parse(text) as Report };
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'rd-scan-test-'));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe('Electronegativity, offline', () => {
  it(
    'finds nothing of medium severity or above in the app that is not fixed or justified in place',
    { timeout: 180_000 },
    async () => {
      const { code, report } = await scan();
      expect(report.findings.filter((finding) => finding.failing)).toEqual([]);
      expect(report.errors).toEqual([]);
      expect(report.unjustified).toEqual([]);
      expect(code).toBe(0);
      expect(report.scanned).toBeGreaterThan(50);
      expect(report.electronVersion).toMatch(/^\d+\.\d+\.\d+$/);
      // The CSP of the page was seen (no "No CSP" finding), and without 'unsafe-inline' nothing weakens it beyond 'self'.
      expect(report.findings.map((finding) => finding.id)).toContain('CSP_GLOBAL_CHECK');
      for (const entry of report.disabled) expect(entry.reason.length).toBeGreaterThanOrEqual(10);
    },
  );

  it('fails on an unsafe window, and on a disable without a reason', { timeout: 180_000 }, async () => {
    const root = path.join(dir, 'unsafe');
    await mkdir(path.join(root, 'electron'), { recursive: true });
    await mkdir(path.join(root, 'renderer'), { recursive: true });
    await writeFile(
      path.join(root, 'electron', 'main.ts'),
      [
        "import { BrowserWindow, shell } from 'electron';",
        'export const w = new BrowserWindow({ webPreferences: { nodeIntegration: true, contextIsolation: false } });',
        'export const open = (url: string) => shell.openExternal(url); // eng-disable OPEN_EXTERNAL_JS_CHECK',
        '',
      ].join('\n'),
    );
    await writeFile(
      path.join(root, 'renderer', 'index.html'),
      '<!doctype html><html><head></head><body></body></html>',
    );
    const { code, report } = await scan(root);
    expect(code).toBe(1);
    const failing = report.findings.filter((finding) => finding.failing).map((finding) => finding.id);
    expect(failing).toEqual(
      expect.arrayContaining(['CONTEXT_ISOLATION_JS_CHECK', 'SANDBOX_JS_CHECK', 'CSP_GLOBAL_CHECK']),
    );
    expect(report.unjustified).toHaveLength(1);
  });
});
