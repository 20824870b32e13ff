// Renders every app icon the installers need from the one source, assets/icon.svg:
//   assets/icon.png          1024 px, the fallback electron-builder may use everywhere
//   assets/icons/NxN.png     the Linux icon set (AppImage, deb), 16 to 1024 px
//   assets/icon.ico          Windows (installer, portable exe, shortcuts)
//   assets/icon.icns         macOS (app bundle, dmg)
// Pure JavaScript and WebAssembly, no network: `node scripts/make-icons.mjs`.
// `--check` writes nothing and exits 1 when a committed icon differs from what the SVG gives;
// `--root DIR` works on another checkout (the tests use it).
import { initWasm, Resvg } from '@resvg/resvg-wasm';
import png2icons from 'png2icons';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

/** Repository root. */
const ROOT = path.resolve(import.meta.dirname, '..');
/** The one source of every icon. */
const ICON_SOURCE = 'assets/icon.svg';
/** Sizes of the Linux icon set (freedesktop sizes and the large ones AppImage and deb take). */
const LINUX_SIZES = [16, 24, 32, 48, 64, 128, 256, 512, 1024];

let wasmReady = null;

function loadWasm() {
  const wasm = createRequire(import.meta.url).resolve('@resvg/resvg-wasm/index_bg.wasm');
  wasmReady ??= readFile(wasm).then((bytes) => initWasm(bytes));
  return wasmReady;
}

/** The SVG drawn at `size` × `size` pixels, as PNG bytes. */
async function renderPng(svg, size) {
  await loadWasm();
  const rendered = new Resvg(svg, {
    fitTo: { mode: 'width', value: size },
    font: { loadSystemFonts: false },
  });
  const png = rendered.render().asPng();
  rendered.free();
  return png;
}

/**
 * Every icon file, relative to the repository root, with its bytes. The same
 * SVG always gives the same bytes, so the committed icons can be checked.
 */
async function renderIcons(svg) {
  const files = new Map();
  for (const size of LINUX_SIZES) files.set(`assets/icons/${size}x${size}.png`, await renderPng(svg, size));
  const large = Buffer.from(files.get('assets/icons/1024x1024.png'));
  files.set('assets/icon.png', large);
  const ico = png2icons.createICO(large, png2icons.BICUBIC2, 0, false, true);
  const icns = png2icons.createICNS(large, png2icons.BICUBIC2, 0);
  png2icons.clearCache();
  if (ico === null || icns === null) throw new Error('png2icons could not build the .ico or .icns file');
  files.set('assets/icon.ico', ico);
  files.set('assets/icon.icns', icns);
  return files;
}

/** Relative paths of the committed icons that differ from what `svg` renders to (missing ones included). */
async function staleIcons(root, svg) {
  const stale = [];
  for (const [file, bytes] of await renderIcons(svg)) {
    const current = await readFile(path.join(root, file)).catch(() => null);
    if (current === null || !Buffer.from(bytes).equals(current)) stale.push(file);
  }
  return stale;
}

async function main(args) {
  const at = args.indexOf('--root');
  const root = at >= 0 && args[at + 1] ? path.resolve(args[at + 1]) : ROOT;
  const svg = await readFile(path.join(root, ICON_SOURCE), 'utf8');
  if (args.includes('--check')) {
    const stale = await staleIcons(root, svg);
    if (stale.length > 0) {
      console.error(
        `Icons out of date with ${ICON_SOURCE}: ${stale.join(', ')}\nRun: node scripts/make-icons.mjs`,
      );
      return 1;
    }
    return 0;
  }
  for (const [file, bytes] of await renderIcons(svg)) {
    await mkdir(path.dirname(path.join(root, file)), { recursive: true });
    await writeFile(path.join(root, file), bytes);
    console.log(`wrote ${file} (${bytes.length} bytes)`);
  }
  return 0;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  process.exitCode = await main(process.argv.slice(2));
}
