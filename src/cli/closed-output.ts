/**
 * `npm run ask … | head -1`: when whoever reads the output goes away, the rest of the output is
 * dropped quietly and the command ends as it would have (its exit code still says whether it
 * succeeded); any other failure to write is one line. Without this Node throws the write error as
 * an unhandled 'error' event: a stack trace.
 */
export function endQuietlyWhenOutputCloses(): void {
  process.stdout.on("error", (error: NodeJS.ErrnoException) => {
    if (error.code === "EPIPE") {
      process.stdout.write = (() => true) as typeof process.stdout.write;
      return;
    }
    process.stderr.write(`error: cannot write the output (${error.code ?? error.message})\n`);
    process.exit(1);
  });
}
