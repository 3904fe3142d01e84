#!/usr/bin/env node
/**
 * annual-summary: the add-in's pipeline over .xlsx files.
 *   annual-summary init <out.xlsx>
 *   annual-summary sample <out.xlsx>
 *   annual-summary generate <in.xlsx> [-o <out.xlsx>] [--text <out.txt>] [--issues <out.json>] [--docx <out.docx>]
 *   annual-summary demo [<out-dir>]
 *   annual-summary --version | --help
 * Exit status: 0 no error in the data, 1 errors found (outputs still written, with markers),
 * 2 the input cannot be used (one Chinese line on stderr, never a stack trace).
 */
import { runCli } from "./run-cli";

// a closed pipe on stdout (`… | head`) ends the output, not the run with a stack trace
let stdoutOpen = true;
process.stdout.on("error", (error: NodeJS.ErrnoException) => {
  if (error.code === "EPIPE") {
    stdoutOpen = false;
    return;
  }
  process.stderr.write(`错误：无法写入标准输出（${error.code ?? error.message}）\n`);
  process.exit(2);
});

runCli(process.argv.slice(2), {
  stdout: (text) => {
    if (stdoutOpen) process.stdout.write(text);
  },
  stderr: (text) => process.stderr.write(text),
}).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    // a programming mistake: still one line, but keep the detail for a bug report
    process.stderr.write(`内部错误：${error instanceof Error ? error.message : String(error)}\n`);
    process.exitCode = 2;
  },
);
