// Runs Electronegativity (Doyensec's Electron security scanner) over what the
// app ships, offline, and prints a JSON report:
//   node scripts/electronegativity.mjs [--json FILE] [--root DIR]
// It scans a copy of DIR/electron/ (DIR: the repository) without tests, and DIR/renderer/index.html (whose
// meta element carries the page's CSP), assuming the installed Electron
// version. Nothing may reach the network: the HTTP client the scanner uses
// (for translations and for the release list of AvailableSecurityFixesGlobalCheck,
// which is excluded) answers at once with an error, and so does any socket.
// Exit code 1 when a finding of medium severity or above is neither fixed nor
// disabled in place with `eng-disable CHECK_ID — reason`, when a disable gives
// no reason, or when a file could not be parsed.
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import Module from 'node:module';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';

const REPO = path.resolve(import.meta.dirname, '..');
const require = createRequire(path.join(REPO, 'package.json'));
const option = (name) => (process.argv.includes(name) ? process.argv[process.argv.indexOf(name) + 1] : null);
const ROOT = path.resolve(option('--root') ?? REPO);
const EXCLUDED = ['AvailableSecurityFixesGlobalCheck'];
const MEDIUM = 2;
/** The scanner gets this long; a scan of the app takes a few seconds. */
const DEADLINE_MS = 120_000;

function goOffline() {
  const offline = () => Promise.reject(new Error('offline: Rebuttal Desk scans without the network'));
  const load = Module._load;
  Module._load = function (request, parent, isMain) {
    if (request === 'got') return Object.assign(offline, { get: offline });
    return load.call(this, request, parent, isMain);
  };
  net.Socket.prototype.connect = function () {
    throw new Error('offline: no socket may be opened while scanning');
  };
}

async function sourcesOf(dir) {
  const out = [];
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    const file = path.join(entry.parentPath, entry.name);
    if (/\.test\.ts$/.test(entry.name) || file.includes(`${path.sep}testing${path.sep}`)) continue;
    out.push(file);
  }
  return out;
}

/** Every `eng-disable` comment in the scanned sources, with the reason written after the check names. */
async function disablesIn(files, base) {
  const found = [];
  for (const file of files) {
    const lines = (await readFile(file, 'utf8')).split('\n');
    lines.forEach((line, index) => {
      const match = /eng-disable\s+([A-Z0-9_, ]+?)\s*(?:[—:-]\s*(.*?))?\s*(?:\*\/|-->|$)/.exec(line);
      if (match === null) return;
      found.push({
        file: path.relative(base, file),
        line: index + 1,
        checks: match[1].split(/[ ,]+/).filter(Boolean),
        reason: (match[2] ?? '').trim(),
      });
    });
  }
  return found;
}

async function main() {
  const jsonOut = option('--json');
  const timer = setTimeout(() => {
    console.error(`Electronegativity did not finish within ${DEADLINE_MS / 1000} s.`);
    process.exit(2);
  }, DEADLINE_MS);
  timer.unref();
  goOffline();
  const scan = await mkdtemp(path.join(tmpdir(), 'rd-electronegativity-'));
  try {
    const files = [];
    for (const file of await sourcesOf(path.join(ROOT, 'electron'))) {
      const target = path.join(scan, path.relative(ROOT, file));
      await cp(file, target);
      files.push(target);
    }
    const page = path.join(scan, 'renderer', 'index.html');
    await cp(path.join(ROOT, 'renderer', 'index.html'), page);
    files.push(page);
    const electronVersion = require('electron/package.json').version;
    const run = require('@doyensec/electronegativity');
    const result = await run(
      {
        input: scan,
        isRelative: true,
        electronVersionOverride: electronVersion,
        excludeFromScan: EXCLUDED,
        parserPlugins: [],
      },
      false,
    );
    const findings = result.issues.map((issue) => ({
      id: issue.id,
      severity: issue.severity.name,
      confidence: issue.confidence.name,
      file: issue.file,
      line: issue.location.line,
      description: issue.description,
      failing: issue.severity.value >= MEDIUM,
    }));
    const disabled = await disablesIn(files, scan);
    const report = {
      electronVersion,
      excluded: EXCLUDED,
      scanned: files.length,
      findings,
      errors: result.errors.map((error) => ({ file: error.file, message: String(error.message ?? error) })),
      disabled,
      unjustified: disabled.filter((entry) => entry.reason.length < 10),
    };
    const text = JSON.stringify(report, null, 2);
    if (jsonOut) await writeFile(jsonOut, text + '\n');
    else console.log(text);
    const failing = findings.filter((finding) => finding.failing);
    if (failing.length > 0 || report.errors.length > 0 || report.unjustified.length > 0) process.exitCode = 1;
  } finally {
    await rm(scan, { recursive: true, force: true });
  }
}

await main();
