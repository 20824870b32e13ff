import { describe, expect, it } from 'vitest';
import { contentTypeOf, staticRelativePath } from './static-path.js';

describe('staticRelativePath', () => {
  it.each([
    ['/', 'index.html'],
    ['/index.html', 'index.html'],
    ['/assets/index-B2x9.js', 'assets/index-B2x9.js'],
    ['/assets/noto%20sans.woff2', 'assets/noto sans.woff2'],
    ['/fonts/ti%E1%BA%BFng-vi%E1%BB%87t.woff2', 'fonts/tiếng-việt.woff2'],
  ])('serves %s as %s', (urlPath, expected) => {
    expect(staticRelativePath(urlPath)).toBe(expected);
  });

  it.each([
    ['relative path', 'index.html'],
    ['parent segment', '/../secret'],
    ['nested parent segment', '/assets/../../etc/passwd'],
    ['encoded parent segment', '/%2e%2e/%2e%2e/etc/passwd'],
    ['mixed-case encoded parent', '/%2E%2e/x'],
    ['encoded slash', '/assets%2f..%2f..%2fetc'],
    ['encoded backslash', '/..%5c..%5cwindows'],
    ['raw backslash', '/..\\..\\windows'],
    ['current segment', '/./index.html'],
    ['empty segment', '//etc/passwd'],
    ['folder', '/assets/'],
    ['hidden file', '/.env'],
    ['hidden folder', '/.git/config'],
    ['NUL byte', '/index.html%00.png'],
    ['newline', '/index%0a.html'],
    ['drive letter', '/C:/Windows/win.ini'],
    ['bad escape', '/%E0%A4%A'],
    ['lone percent', '/100%'],
  ])('refuses a %s (%s)', (_name, urlPath) => {
    expect(staticRelativePath(urlPath)).toBeNull();
  });
});

describe('contentTypeOf', () => {
  it.each([
    ['index.html', 'text/html; charset=utf-8'],
    ['assets/app.JS', 'text/javascript; charset=utf-8'],
    ['assets/app.css', 'text/css; charset=utf-8'],
    ['assets/app.js.map', 'application/json; charset=utf-8'],
    ['fonts/noto.woff2', 'font/woff2'],
    ['icon.svg', 'image/svg+xml'],
    ['README', 'application/octet-stream'],
    ['archive.tar.gz', 'application/octet-stream'],
  ])('%s is %s', (file, expected) => {
    expect(contentTypeOf(file)).toBe(expected);
  });
});
