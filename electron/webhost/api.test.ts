import { describe, expect, it } from 'vitest';
import { parseInvokeBody } from './api.js';

describe('parseInvokeBody', () => {
  it('reads the channel and payload', () => {
    expect(parseInvokeBody(Buffer.from('{"channel":"articles:get","payload":{"id":"x"}}'))).toEqual({
      ok: true,
      channel: 'articles:get',
      payload: { id: 'x' },
    });
  });

  it('keeps Vietnamese text intact', () => {
    const body = parseInvokeBody(
      Buffer.from(JSON.stringify({ channel: 'c', payload: { title: 'Phản bác' } })),
    );
    expect(body).toMatchObject({ payload: { title: 'Phản bác' } });
  });

  it.each([
    ['truncated JSON', '{"channel":', 'Malformed JSON'],
    ['empty body', '', 'Malformed JSON'],
    ['not JSON', 'channel=articles:list', 'Malformed JSON'],
    ['an array', '["articles:list"]', 'Expected a JSON object'],
    ['null', 'null', 'Expected a JSON object'],
    ['a string', '"articles:list"', 'Expected a JSON object'],
  ])('refuses %s', (_name, text, message) => {
    const body = parseInvokeBody(Buffer.from(text));
    expect(body.ok).toBe(false);
    expect(!body.ok && body.message).toContain(message);
  });
});
