import { describe, expect, test } from 'vitest';
import { packSetOf, packSetOfLanguages, perPackSet, perPackSetGetters, withPacks } from './packSet.ts';
import { warmPackSet } from './warmPackSet.ts';

describe('warmPackSet: a set’s matchers built ahead of the page', () => {
  test('builds each matcher for the set, one a step, and a later page with that set builds nothing', () => {
    const builds: string[] = [];
    const get = perPackSet((phrases) => {
      builds.push(phrases('feedFooters').join('|'));
      // A global regex that matches the warm-up's lines: running it moves its lastIndex.
      return { re: /Example/gu };
    });
    const set = packSetOf(['vi']);
    const steps = warmPackSet(set);
    let n = 0;
    while (!steps.next().done) n++;
    expect(n).toBe(perPackSetGetters().length);
    expect(builds).toHaveLength(1);
    const value = withPacks(set, get);
    expect(builds).toHaveLength(1);
    // Its regexes were run, and left as a reader expects to find them.
    expect(value.re.lastIndex).toBe(0);
  });

  test('stops where its caller stops: a step builds one matcher only', () => {
    let built = 0;
    perPackSet(() => built++);
    const steps = warmPackSet(packSetOf(['fi']));
    for (let i = 0; i < perPackSetGetters().length - 1; i++) steps.next();
    expect(built).toBe(0);
    steps.next();
    expect(built).toBe(1);
  });

  test('a reader’s language tags name their packs', () => {
    expect([...packSetOfLanguages(['vi-VN', 'en-US', 'pt_BR', 'xx']).codes].sort()).toEqual(['en', 'pt', 'vi']);
  });
});
