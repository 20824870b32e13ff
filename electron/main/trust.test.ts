import { describe, expect, it } from 'vitest';
import { appRequestPath, externalUrlToOpen, isAppUrl, isRequestAllowed, isTrustedSender } from './trust.js';

describe('isAppUrl', () => {
  it.each([
    ['app://desk/index.html', true],
    ['app://desk/', true],
    ['APP://DESK/index.html', true],
    ['app://other/index.html', false],
    ['app://desk.evil/index.html', false],
    ['app://user@desk/index.html', false],
    ['file:///index.html', false],
    ['https://desk/index.html', false],
    ['javascript:alert(1)', false],
    ['not a url', false],
  ])('%s → %s', (url, expected) => {
    expect(isAppUrl(url)).toBe(expected);
  });
});

describe('appRequestPath', () => {
  it.each([
    ['app://desk/', 'index.html'],
    ['app://desk/index.html', 'index.html'],
    ['app://desk/assets/app-1a2b.js?v=1', 'assets/app-1a2b.js'],
    ['app://desk/assets/font.woff2#x', 'assets/font.woff2'],
    ['app://desk/../secret', null],
    ['app://desk/%2e%2e/%2e%2e/etc/passwd', null],
    ['app://desk/assets/..%2f..%2fmain.js', null],
    ['app://desk/assets/', null],
    ['app://other/index.html', null],
    ['app://desk', null],
    ['file:///etc/passwd', null],
  ])('%s → %s', (url, expected) => {
    expect(appRequestPath(url)).toBe(expected);
  });
});

describe('isRequestAllowed', () => {
  it.each([
    ['app://desk/assets/app.js', true],
    ['devtools://devtools/bundled/inspector.html', true],
    ['blob:app://desk/0b7c1e52-7d0c-4b0e-9d43-0c7c3d1d2d11', true],
    ['blob:https://evil.example/0b7c', false],
    ['https://fonts.googleapis.com/css', false],
    ['http://127.0.0.1:8080/', false],
    ['ws://127.0.0.1:9229/', false],
    ['file:///etc/passwd', false],
    ['data:text/html,hi', false],
    ['chrome://gpu', false],
    ['app://other/x', false],
  ])('%s → %s', (url, expected) => {
    expect(isRequestAllowed(url)).toBe(expected);
  });
});

describe('externalUrlToOpen', () => {
  it.each([
    ['https://baochinhphu.vn/bai-viet', 'https://baochinhphu.vn/bai-viet'],
    ['  http://example.org  ', 'http://example.org/'],
    ['https://vi.wikipedia.org/wiki/Tiếng_Việt', 'https://vi.wikipedia.org/wiki/Ti%E1%BA%BFng_Vi%E1%BB%87t'],
    ['mailto:toasoan@example.vn', 'mailto:toasoan@example.vn'],
    ['javascript:alert(1)', null],
    ['java\tscript:alert(1)', null],
    ['file:///etc/passwd', null],
    ['data:text/html,x', null],
    ['smb://server/share', null],
    ['https://user:pass@example.org/', null],
    ['https:///no-host', null],
    ['mailto:nobody', null],
    ['app://desk/index.html', null],
    ['/relative', null],
  ])('%s → %s', (url, expected) => {
    expect(externalUrlToOpen(url)).toBe(expected);
  });
});

describe('isTrustedSender', () => {
  const ours = new Set([7]);
  it.each([
    [{ frameUrl: 'app://desk/index.html', isMainFrame: true, webContentsId: 7 }, true],
    [{ frameUrl: 'app://desk/index.html', isMainFrame: false, webContentsId: 7 }, false],
    [{ frameUrl: 'app://desk/index.html', isMainFrame: true, webContentsId: 8 }, false],
    [{ frameUrl: 'https://evil.example/', isMainFrame: true, webContentsId: 7 }, false],
    [{ frameUrl: 'file:///tmp/x.html', isMainFrame: true, webContentsId: 7 }, false],
    [{ frameUrl: null, isMainFrame: true, webContentsId: 7 }, false],
  ])('%j → %s', (sender, expected) => {
    expect(isTrustedSender(sender, ours)).toBe(expected);
  });
});
