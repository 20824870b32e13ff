import { describe, expect, it } from 'vitest';
import { isExternalOpenAllowed, isSafeLinkUrl, urlScheme } from './url.js';

describe('urlScheme', () => {
  it.each([
    ['https://example.org', 'https'],
    ['  JavaScript:alert(1)', 'javascript'],
    ['java\tscript:alert(1)', 'javascript'],
    ['java\nscript:alert(1)', 'javascript'],
    ['\u0001javascript:alert(1)', 'javascript'],
    ['data:text/html,x', 'data'],
    ['/relative/path', null],
    ['#heading', null],
    ['notes.md', null],
  ])('%j → %s', (url, scheme) => {
    expect(urlScheme(url)).toBe(scheme);
  });
});

describe('isSafeLinkUrl', () => {
  it.each([
    ['https://nhandan.vn/bai-viet', true],
    ['http://example.org', true],
    ['mailto:toasoan@example.vn', true],
    ['#muc-1', true],
    ['javascript:alert(1)', false],
    ['JAVASCRIPT:alert(1)', false],
    ['vbscript:msgbox', false],
    ['data:text/html;base64,PHNjcmlwdD4=', false],
    ['file:///etc/passwd', false],
    ['relative/path', false],
  ])('%j → %s', (url, safe) => {
    expect(isSafeLinkUrl(url)).toBe(safe);
  });
});

describe('isExternalOpenAllowed', () => {
  it.each([
    ['https://nhandan.vn/', true],
    ['http://example.org/a?b#c', true],
    ['mailto:toasoan@example.vn', true],
    ['mailto:', false],
    ['https://', false],
    ['file:///C:/Windows/system32/calc.exe', false],
    ['smb://host/share', false],
    ['ms-settings:', false],
    ['javascript:alert(1)', false],
    ['app://desk/index.html', false],
  ])('%j → %s', (url, allowed) => {
    expect(isExternalOpenAllowed(url)).toBe(allowed);
  });
});
