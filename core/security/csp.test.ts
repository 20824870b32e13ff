import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy, stampStyleNonce, STYLE_NONCE_PLACEHOLDER } from './csp.js';

describe('contentSecurityPolicy', () => {
  it('is the strict policy of the web host', () => {
    expect(contentSecurityPolicy("'self'")).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' blob:; " +
        "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('allows no inline style but the <style> elements carrying the page nonce', () => {
    const policy = contentSecurityPolicy("'none'", 'bm9uY2Vub25jZW5vbmNl');
    expect(policy).toContain("style-src 'self' 'nonce-bm9uY2Vub25jZW5vbmNl';");
    expect(policy).not.toContain('unsafe-inline');
  });

  it('stamps the nonce everywhere the page holds the placeholder, and refuses a short one', () => {
    const page = `<meta content="style-src 'nonce-${STYLE_NONCE_PLACEHOLDER}'"><meta name="style-nonce" content="${STYLE_NONCE_PLACEHOLDER}">`;
    expect(stampStyleNonce(page, 'bm9uY2Vub25jZW5vbmNl')).toBe(
      `<meta content="style-src 'nonce-bm9uY2Vub25jZW5vbmNl'"><meta name="style-nonce" content="bm9uY2Vub25jZW5vbmNl">`,
    );
    expect(() => stampStyleNonce(page, 'short')).toThrow();
    expect(() => stampStyleNonce(page, '"><script>')).toThrow();
  });

  it('lets the Electron page connect nowhere', () => {
    const directives = contentSecurityPolicy("'none'").split('; ');
    expect(directives).toContain("connect-src 'none'");
    expect(directives.filter((d) => d.startsWith('connect-src'))).toHaveLength(1);
    expect(directives.some((d) => d.includes('unsafe-eval') || d.includes('http'))).toBe(false);
  });
});
