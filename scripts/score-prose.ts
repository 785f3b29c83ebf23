// Precision and recall of the prose rules (text.*) on the seeds and the hand-written sentences.
//   npx tsx scripts/score-prose.ts
// Precision: the share of findings that are real contradictions. Recall: the share of real
// contradictions that get a finding. Coverage: the share of figures a careful reader can
// compare (agreeing or contradicting) that the rules read at all.
import { check } from "../src/rules/check.js";
import { assessProse } from "../src/rules/prose-rules.js";
import { SEED_FIGURES, SEEDS, seedReport } from "../test/rules/prose/seed-reports.js";
import { baseReport, SENTENCES } from "../test/rules/prose/sentences.js";
import { setAt } from "../test/support/reports.js";

const FIGURE_RULES = /^text\.(received|carried-over|completed|outcomes|carried-forward|review|litigation|documents|fees-charged)$/;

interface Tally {
  findings: number;
  truePositives: number;
  contradictions: number;
  found: number;
  comparable: number;
  read: number;
}

const tally = (): Tally => ({ findings: 0, truePositives: 0, contradictions: 0, found: 0, comparable: 0, read: 0 });

// Seeds: every assessed figure matched to the hand-read fixture.
const seeds = tally();
for (const seed of SEEDS) {
  const remaining = assessProse(seedReport(seed));
  for (const entry of SEED_FIGURES.filter((item) => item.seed === seed)) {
    const index = remaining.findIndex(
      (item) => item.figure === entry.figure && item.sentence.includes(entry.sentence) && (entry.quantity === null ? item.quantity === undefined : item.quantity === entry.quantity),
    );
    const item = index >= 0 ? remaining.splice(index, 1)[0] : undefined;
    const outcome = item?.outcome ?? "not-comparable";
    if (entry.truth !== "not-comparable") {
      seeds.comparable += 1;
      if (outcome !== "not-comparable") seeds.read += 1;
    }
    if (entry.truth === "contradicts") seeds.contradictions += 1;
    if (outcome === "contradicts") {
      seeds.findings += 1;
      if (entry.truth === "contradicts") seeds.truePositives += 1;
    }
    if (entry.truth === "contradicts" && outcome === "contradicts") seeds.found += 1;
  }
  // Figures read that the fixture does not list count as findings if they contradict (none expected).
  for (const item of remaining) if (item.outcome === "contradicts") seeds.findings += 1;
}

// Sentences: findings per case against the case's real contradictions.
const sentences = tally();
for (const entry of SENTENCES) {
  for (const format of entry.formats ?? (["2019", "2021"] as const)) {
    const report = baseReport(format);
    setAt(report, ["text", "overview"], entry.text);
    const found = check(report)
      .filter((finding) => FIGURE_RULES.test(finding.ruleId))
      .map((finding) => finding.ruleId);
    const truth = [...(entry.contradicts ?? [])];
    sentences.findings += found.length;
    sentences.contradictions += truth.length;
    for (const id of found) {
      const at = truth.indexOf(id);
      if (at >= 0) {
        truth.splice(at, 1);
        sentences.truePositives += 1;
        sentences.found += 1;
      }
    }
    const agreeing = assessProse(report).filter((item) => item.outcome === "agrees").length;
    sentences.comparable += (entry.agrees ?? 0) + (entry.contradicts ?? []).length;
    sentences.read += agreeing + found.length;
  }
}

const ratio = (a: number, b: number) => (b === 0 ? "n/a (none)" : `${a}/${b} = ${((100 * a) / b).toFixed(1)}%`);
for (const [name, t] of [
  ["seeds (5 reports)", seeds],
  ["sentences (both formats)", sentences],
] as const) {
  console.log(`${name}`);
  console.log(`  precision  ${ratio(t.truePositives, t.findings)}`);
  console.log(`  recall     ${ratio(t.found, t.contradictions)}`);
  console.log(`  coverage   ${ratio(t.read, t.comparable)} of comparable figures read`);
}
