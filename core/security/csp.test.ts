import { describe, expect, it } from 'vitest';
import { contentSecurityPolicy } from './csp.js';

describe('contentSecurityPolicy', () => {
  it('is the strict policy of the web host', () => {
    expect(contentSecurityPolicy("'self'")).toBe(
      "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' blob:; " +
        "font-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
    );
  });

  it('lets the Electron page connect nowhere', () => {
    const directives = contentSecurityPolicy("'none'").split('; ');
    expect(directives).toContain("connect-src 'none'");
    expect(directives.filter((d) => d.startsWith('connect-src'))).toHaveLength(1);
    expect(directives.some((d) => d.includes('unsafe-eval') || d.includes('http'))).toBe(false);
  });
});
