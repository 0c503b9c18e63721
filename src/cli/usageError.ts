/** Bad arguments or bad input files: the CLI prints the message and exits 2 without checking anything. */
export class UsageError extends Error {
  override name = 'UsageError';
}
