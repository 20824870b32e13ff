import { describe, expect, it } from 'vitest';
import type { Article } from '../../core/index.js';
import { ChangeFeed, type ArticleChange } from './change-feed.js';

const article = (id: string, body: string) => ({ id, title: id, body }) as Article;

describe('ChangeFeed', () => {
  it('tells every listener, in the order they subscribed, and stops after unsubscribe', () => {
    const feed = new ChangeFeed();
    const heard: string[] = [];
    feed.subscribe((change) => heard.push(`a:${change.id}`));
    const stop = feed.subscribe((change) => heard.push(`b:${change.id}`));
    feed.publish('x', null, article('x', '1'));
    stop();
    feed.publish('y', article('y', '1'), null);
    expect(heard).toEqual(['a:x', 'b:x', 'a:y']);
    expect(feed.count).toBe(2);
  });

  it('hands out frozen copies, so no listener can change what the others hear or the store holds', () => {
    const feed = new ChangeFeed();
    const after = article('x', 'text');
    let heard: ArticleChange | null = null;
    feed.subscribe((change) => (heard = change));
    feed.publish('x', null, after);
    expect(heard!.after).toEqual(after);
    expect(heard!.after).not.toBe(after);
    expect(() => ((heard!.after as Article).body = 'changed')).toThrow(TypeError);
    expect(after.body).toBe('text');
  });

  it('a listener that throws keeps the change from no one, and is reported', () => {
    const failures: unknown[] = [];
    const feed = new ChangeFeed((error) => failures.push(error));
    const heard: string[] = [];
    feed.subscribe(() => {
      throw new Error('broken listener');
    });
    feed.subscribe((change) => heard.push(change.id));
    expect(() => feed.publish('x', null, article('x', ''))).not.toThrow();
    expect(heard).toEqual(['x']);
    expect(failures).toEqual([new Error('broken listener')]);
  });
});
