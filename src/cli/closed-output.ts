/**
 * `npm run ask … | head -1`: when whoever reads the output goes away, the command ends quietly with
 * what it would have returned, as `cat` and `grep` do; any other failure to write is one line.
 * Without this Node throws the write error as an unhandled 'error' event: a stack trace.
 */
export function endQuietlyWhenOutputCloses(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") process.exit(process.exitCode ?? 0);
    process.stderr.write(`error: cannot write the output (${error.code ?? error.message})\n`);
    process.exit(1);
  });
}
