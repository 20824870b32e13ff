import { execFile } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = path.resolve(import.meta.dirname, '..');
const run = promisify(execFile);
const require = createRequire(import.meta.url);

type Config = Record<string, unknown> & {
  publish?: unknown;
  asar?: unknown;
  directories?: { buildResources?: string; output?: string };
  electronFuses?: Record<string, boolean>;
  linux?: { target?: string[]; icon?: string };
  win?: { target?: string[]; icon?: string };
  mac?: { target?: string[]; icon?: string };
  nsis?: Record<string, unknown>;
};

/** electron-builder's own check of a configuration: the schema in app-builder-lib, plus its deprecations. */
const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js') as {
  validateConfiguration(config: unknown, debug: { isEnabled: boolean; add(): void }): Promise<void>;
};
const validate = (config: unknown) =>
  validateConfiguration(config, { isEnabled: false, add: () => undefined });

async function readConfig(): Promise<Config> {
  return parse(await readFile(path.join(ROOT, 'electron-builder.yml'), 'utf8')) as Config;
}

/** Width and height from a PNG's IHDR chunk. */
function pngSize(bytes: Buffer): [number, number] {
  expect(bytes.subarray(1, 4).toString('latin1')).toBe('PNG');
  return [bytes.readUInt32BE(16), bytes.readUInt32BE(20)];
}

describe('electron-builder.yml', () => {
  it('passes electron-builder’s own configuration schema', async () => {
    await expect(validate(await readConfig())).resolves.toBeUndefined();
  });

  it('would fail the schema with a misspelt option, so the check can fail', async () => {
    const config = await readConfig();
    await expect(validate({ ...config, nsis: { ...config.nsis, perMachin: false } })).rejects.toThrow(
      /configuration\.nsis/,
    );
    await expect(validate({ ...config, publsh: null })).rejects.toThrow(/publsh/);
  });

  it('builds per-user NSIS and portable for Windows, AppImage and deb for Linux, dmg for macOS', async () => {
    const config = await readConfig();
    expect(config.win?.target).toEqual(['nsis', 'portable']);
    expect(config.nsis).toMatchObject({ oneClick: false, perMachine: false, allowElevation: false });
    expect(config.linux?.target).toEqual(['AppImage', 'deb']);
    expect(config.mac?.target).toEqual(['dmg']);
  });

  it('packs into asar, never publishes or looks for updates, and flips the fuses', async () => {
    const config = await readConfig();
    expect(config.asar).toBe(true);
    expect(config).toHaveProperty('publish', null);
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('points every platform at icons that exist in assets/, in every size each needs', async () => {
    const config = await readConfig();
    expect(config.directories?.buildResources).toBe('assets');
    const linuxDir = path.join(ROOT, config.linux!.icon!);
    for (const size of [16, 24, 32, 48, 64, 128, 256, 512, 1024]) {
      expect(pngSize(await readFile(path.join(linuxDir, `${size}x${size}.png`)))).toEqual([size, size]);
    }
    expect(pngSize(await readFile(path.join(ROOT, 'assets/icon.png')))).toEqual([1024, 1024]);

    const ico = await readFile(path.join(ROOT, config.win!.icon!));
    expect(ico.readUInt16LE(2)).toBe(1); // type: icon
    const sizes = Array.from({ length: ico.readUInt16LE(4) }, (_, index) => ico[6 + index * 16] || 256);
    expect(sizes).toEqual(expect.arrayContaining([16, 32, 48, 256]));

    const icns = await readFile(path.join(ROOT, config.mac!.icon!));
    expect(icns.subarray(0, 4).toString('latin1')).toBe('icns');
    expect(icns.readUInt32BE(4)).toBe(icns.length);
    const kinds: string[] = [];
    for (let at = 8; at < icns.length; at += icns.readUInt32BE(at + 4)) {
      kinds.push(icns.subarray(at, at + 4).toString('latin1'));
    }
    // 512@2x (1024 px) and 256 px are what Finder and the Dock draw.
    expect(kinds).toEqual(expect.arrayContaining(['ic10', 'ic08']));
  });

  it('is what `npm run dist` uses, with electron-builder installed as a dev dependency', async () => {
    const pkg = JSON.parse(await readFile(path.join(ROOT, 'package.json'), 'utf8')) as {
      scripts: Record<string, string>;
      devDependencies: Record<string, string>;
    };
    expect(pkg.devDependencies['electron-builder']).toBeDefined();
    expect(pkg.scripts.dist).toMatch(/electron-builder/);
  });
});

describe('scripts/make-icons.mjs', () => {
  let copy: string;
  beforeAll(async () => {
    copy = await mkdtemp(path.join(tmpdir(), 'desk-icons-'));
    await cp(path.join(ROOT, 'assets'), path.join(copy, 'assets'), { recursive: true });
  });
  afterAll(() => rm(copy, { recursive: true, force: true }));

  it('renders exactly the committed icons from the committed SVG', async () => {
    await expect(
      run(process.execPath, ['scripts/make-icons.mjs', '--check'], { cwd: ROOT }),
    ).resolves.toBeDefined();
  });

  it('notices icons that no longer match the SVG', async () => {
    const svgFile = path.join(copy, 'assets/icon.svg');
    await writeFile(svgFile, (await readFile(svgFile, 'utf8')).replace('#8a2323', '#23408a'));
    const check = run(process.execPath, ['scripts/make-icons.mjs', '--check', '--root', copy], { cwd: ROOT });
    await expect(check).rejects.toMatchObject({ stderr: expect.stringContaining('assets/icon.icns') });
  });
});
