import { readFileSync } from "node:fs";
import { join } from "node:path";
import { draftArticle } from "../src/drafting/draft.ts";

/**
 * npm run bench:draft: drafts 100 articles (facts, entities, event) and checks the target of at
 * most 10 s for all of them. The articles are made from the three articles in the repository
 * (the seed and the two test fixtures): paragraphs recombined and every name varied per article,
 * so no two articles are the same text and names do not repeat from one article to the next.
 */
const ARTICLES = 100;
const TARGET_MS = 10_000;
const ROOT = join(import.meta.dirname, "..");
const TEXTS = [
  join(ROOT, "data/sources/2024-04-17-news-az-aliyev-receives-cica-secretary-general/article.txt"),
  join(ROOT, "test/fixtures/second-event/harbor-gazette-2025-03-02/article.txt"),
  join(
    ROOT,
    "test/fixtures/third-event/2024-10-09-steppe-daily-mongolia-chile-foreign-ministers/article.txt",
  ),
].map((file) => readFileSync(file, "utf8"));
const paragraphs = TEXTS.flatMap((text) => text.split(/\n\s*\n/).filter((p) => p.trim().length > 0));

/** A made-up name for the i-th article: "Kairat" becomes "Kairatb" and so on. */
const SUFFIX = "bcdfghjklmnprstvz";
function vary(text: string, i: number): string {
  const suffix = `${SUFFIX[i % SUFFIX.length]}${SUFFIX[Math.floor(i / SUFFIX.length) % SUFFIX.length]}`;
  return text.replace(/\b(\p{Lu}\p{Ll}{3,})\b/gu, (word, _m, offset: number) =>
    offset === 0 || /[.!?]\s*$/.test(text.slice(0, offset)) ? word : `${word}${suffix}`,
  );
}

const articles = Array.from({ length: ARTICLES }, (_, i) => {
  const picked = Array.from({ length: 10 }, (_, k) => paragraphs[(i * 7 + k * 3) % paragraphs.length]);
  return vary(picked.join("\n\n"), i);
});

const start = performance.now();
let facts = 0;
let entities = 0;
const times: number[] = [];
for (const [i, text] of articles.entries()) {
  const t0 = performance.now();
  const draft = draftArticle({ text, outlet: "Bench Daily", date: "2025-01-15", title: `Article ${i + 1}` });
  times.push(performance.now() - t0);
  facts += draft.facts.length;
  entities += draft.entities.length;
}
const total = performance.now() - start;
times.sort((a, b) => a - b);
const at = (p: number) => times[Math.min(times.length - 1, Math.floor((p / 100) * times.length))] ?? 0;
const chars = articles.reduce((n, a) => n + a.length, 0);
console.log(
  `node ${process.version}; ${ARTICLES} articles, ${Math.round(chars / ARTICLES)} characters on average`,
);
console.log(
  `drafted in ${(total / 1000).toFixed(2)} s (slowest ${at(100).toFixed(0)} ms, ` +
    `p50 ${at(50).toFixed(1)} ms, p99 ${at(99).toFixed(1)} ms); ${facts} facts, ${entities} new entities`,
);
console.log(
  total <= TARGET_MS ? `target ≤ ${TARGET_MS / 1000} s: met` : `target ≤ ${TARGET_MS / 1000} s: NOT met`,
);
process.exitCode = total <= TARGET_MS ? 0 : 1;
