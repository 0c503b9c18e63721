/** A worker thread of the CLI: checks the pages the main thread hands it (see workerPool.ts). */
import { makePageChecker, type CheckAnswer, type CheckerInit, type CheckTask } from './pageChecker.ts';
import { serveTasks } from './workerTasks.ts';

serveTasks<CheckerInit, CheckTask, CheckAnswer>((init) => makePageChecker(init, { now: Date.now }));
