/**
 * Preloaded into the measured CLI process (`node -r bench/support/peak-rss.js …`): at exit, writes
 * the process's peak resident set size (kilobytes, process.resourceUsage().maxRSS) to the file
 * named by BENCH_PEAK_RSS_FILE.
 */
const fs = require("fs");

process.on("exit", () => {
  const file = process.env.BENCH_PEAK_RSS_FILE;
  if (file) fs.writeFileSync(file, String(process.resourceUsage().maxRSS));
});
