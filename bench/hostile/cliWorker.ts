/** The CLI's page checker (src/cli/pageChecker.ts) in a worker, with its network port pointed at the hostile web. */
import { NETWORK_POLICY } from '../../src/cli/nodePorts.ts';
import { makePageChecker, type CheckAnswer, type CheckerInit, type CheckTask } from '../../src/cli/pageChecker.ts';
import { serveTasks } from '../../src/cli/workerTasks.ts';
import { makeSafeFetcher } from '../../src/core/net/makeSafeFetcher.ts';
import { hostileFetch } from './hostileWeb.ts';

serveTasks<CheckerInit & { port: number }, CheckTask, CheckAnswer>((init) =>
  makePageChecker(init, {
    now: Date.now,
    fetch: makeSafeFetcher(hostileFetch(init.port), { ...NETWORK_POLICY, allowPrivate: false }),
  }),
);
