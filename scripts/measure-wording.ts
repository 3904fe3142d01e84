/**
 * Measures the spun-wording detector on sentences written for the tests (test/fixtures/wording):
 *   spun.tsv          sentence, the spun word it holds, the original word (one swap each);
 *   genuine.txt       official-style sentences without spin;
 *   legit-listed.txt  ordinary sentences that hold a spun word legitimately.
 * Prints recall, precision and the flagged share of each set, with the misses and false alarms.
 *
 *   npm run measure:wording                 the development set
 *   npm run measure:wording -- --heldout    the held-out set (test/fixtures/wording/heldout)
 *   npm run measure:wording -- --heldout2   the second held-out set (test/fixtures/wording/heldout2)
 *   npm run measure:wording -- --set DIR    any directory holding the three files
 *   add --quiet to print the numbers only
 */
import * as fs from "fs";
import * as path from "path";
import { checkWording, WORDING_PAIRS, type WordingMatch } from "../src/core/wording/check-wording";

export interface SpunCase {
  readonly sentence: string;
  readonly flagged: string;
  readonly original: string;
}

export interface WordingMeasurement {
  /** Spun sentences, and those whose spun word is in no phrase of the seed's wording-pairs.tsv. */
  readonly spun: number;
  readonly spunNewPhrase: number;
  /** Spun sentences whose spun word was flagged with the right original word. */
  readonly caught: number;
  readonly caughtNewPhrase: number;
  /** Flags in spun sentences other than the expected one. */
  readonly strayFlags: number;
  readonly genuine: number;
  readonly genuineFlagged: number;
  readonly legit: number;
  readonly legitFlagged: number;
  /** Correct flags ÷ all flags, over the three sets. */
  readonly precision: number;
  readonly misses: readonly string[];
  readonly falseAlarms: readonly string[];
}

function lines(file: string): string[] {
  return fs
    .readFileSync(file, "utf8")
    .split("\n")
    .map((l) => l.replace(/\r$/, "").trim())
    .filter((l) => l !== "");
}

export function readSpunCases(file: string): SpunCase[] {
  return lines(file)
    .slice(1)
    .map((l) => {
      const [sentence = "", flagged = "", original = ""] = l.split("\t");
      return { sentence, flagged, original };
    });
}

function describe(sentence: string, matches: readonly WordingMatch[]): string {
  return `${sentence}  ⟶  ${matches.map((m) => `${m.wrong}→${m.right}（${m.reason}）`).join("；")}`;
}

/** Runs the detector over the three files of `dir`. */
export function measureWording(dir: string): WordingMeasurement {
  const misses: string[] = [];
  const falseAlarms: string[] = [];
  let caught = 0;
  let caughtNewPhrase = 0;
  let spunNewPhrase = 0;
  let strayFlags = 0;
  const cases = readSpunCases(path.join(dir, "spun.tsv"));
  for (const c of cases) {
    const matches = checkWording(c.sentence);
    const hit = matches.find((m) => m.wrong === c.flagged && m.right === c.original);
    const newPhrase = !WORDING_PAIRS.some((p) => c.sentence.indexOf(p.wrong) >= 0);
    if (newPhrase) spunNewPhrase++;
    if (hit) {
      caught++;
      if (newPhrase) caughtNewPhrase++;
    } else misses.push(`${c.flagged}→${c.original}: ${describe(c.sentence, matches)}`);
    const stray = matches.filter((m) => m !== hit);
    strayFlags += stray.length;
    if (stray.length > 0) falseAlarms.push(`spun: ${describe(c.sentence, stray)}`);
  }
  const flaggedIn = (file: string, label: string): { total: number; flagged: number; flags: number } => {
    let flagged = 0;
    let flags = 0;
    const sentences = lines(path.join(dir, file));
    for (const s of sentences) {
      const matches = checkWording(s);
      if (matches.length === 0) continue;
      flagged++;
      flags += matches.length;
      falseAlarms.push(`${label}: ${describe(s, matches)}`);
    }
    return { total: sentences.length, flagged, flags };
  };
  const genuine = flaggedIn("genuine.txt", "genuine");
  const legit = flaggedIn("legit-listed.txt", "legit");
  const allFlags = caught + strayFlags + genuine.flags + legit.flags;
  return {
    spun: cases.length,
    spunNewPhrase,
    caught,
    caughtNewPhrase,
    strayFlags,
    genuine: genuine.total,
    genuineFlagged: genuine.flagged,
    legit: legit.total,
    legitFlagged: legit.flagged,
    precision: allFlags === 0 ? 1 : caught / allFlags,
    misses,
    falseAlarms,
  };
}

function percent(part: number, whole: number): string {
  return `${whole === 0 ? "—" : ((100 * part) / whole).toFixed(1)}% (${part}/${whole})`;
}

/** The set named on the command line: --heldout, --heldout2, --set DIR, or the development set. */
function chosenSet(argv: readonly string[]): { label: string; dir: string } {
  const fixtures = path.join(__dirname, "..", "test", "fixtures", "wording");
  const at = argv.indexOf("--set");
  if (at >= 0) {
    const dir = argv[at + 1];
    if (dir === undefined || dir.startsWith("--")) throw new Error("--set needs a directory");
    return { label: "Chosen", dir: path.resolve(dir) };
  }
  if (argv.indexOf("--heldout2") >= 0) return { label: "Second held-out", dir: path.join(fixtures, "heldout2") };
  if (argv.indexOf("--heldout") >= 0) return { label: "Held-out", dir: path.join(fixtures, "heldout") };
  return { label: "Development", dir: fixtures };
}

function main(): void {
  const { label, dir } = chosenSet(process.argv);
  const quiet = process.argv.indexOf("--quiet") >= 0;
  const m = measureWording(dir);
  if (!quiet) {
    for (const line of m.misses) console.log(`MISS   ${line}`);
    for (const line of m.falseAlarms) console.log(`FALSE  ${line}`);
    console.log("");
  }
  console.log(`${label} set (${path.relative(process.cwd(), dir)})`);
  console.log(`  recall, spun words in new phrases     ${percent(m.caughtNewPhrase, m.spunNewPhrase)}   goal ≥ 90%`);
  console.log(`  recall, all spun sentences            ${percent(m.caught, m.spun)}`);
  console.log(`  genuine sentences flagged             ${percent(m.genuineFlagged, m.genuine)}   goal ≤ 2% (1 in 50)`);
  console.log(`  legitimate uses of spun words flagged ${percent(m.legitFlagged, m.legit)}   goal ≤ 10% (1 in 10)`);
  console.log(`  stray flags in spun sentences         ${m.strayFlags}`);
  console.log(`  precision (correct flags / all flags) ${(100 * m.precision).toFixed(1)}%`);
}

if (require.main === module) main();
