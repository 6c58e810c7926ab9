/**
 * The second news development corpus, unlike Reuters: 909 web news articles from many outlets,
 * nearly every story told by several of them, laid out the way an archive of saved pages keeps
 * them, with no headline line (the 909 of ECB+'s 982 texts with two sentences or more left).
 *
 *   bench-data/ecbplus/corpus/<doc>.txt   body text only: one sentence a line (the source keeps
 *                                         sentences, not paragraphs), no headline, URL or dateline
 *   bench-data/ecbplus/articles.json      the ids in the order questions were drawn from, and the
 *                                         story (seminal event) of every id
 *
 * Source: ECB+ (Cybulska & Vossen, LREC 2014): the 480 EventCorefBank texts (Bejan & Harabagiu
 * 2010, from Google News clusters) and 502 more that CLTL found with Google Search, in 43 topics;
 * each topic holds two stories ("seminal events", the ECB one and the ECB+ one: Tara Reid's rehab
 * and Lindsay Lohan's), each told by about ten outlets (2008-2013: celebrity, sport, disasters,
 * crime, business, politics). The texts come tokenised, one token an XML element with its sentence
 * number; we join the tokens back into text (detokenize below).
 * Licence: the annotations are CC BY 3.0 (LICENSEDATA.TXT in github.com/cltl/ecbPlus); the texts
 * themselves stay their publishers' and are shared with the corpus for research, so they stay out
 * of git (bench-data/).
 * Where it came from: github.com/cltl/ecbPlus ships the texts as ECB+_LREC2014/ECB+.zip (unzip it:
 * ECB+/<topic>/<topic>_<n>ecb.xml and …ecbplus.xml); the same 982 files sit unzipped in the ECB+/
 * folder of github.com/cltl/ECB-parser (commit d4bd1fcf04db1e50377c05ac4834b3ccbb65ede2, unchanged
 * at eba7c4d1caa758816bcee3139bdd4e6688dee00d), which is the copy this corpus was built from:
 * `git archive HEAD ECB+ | tar -x -C bench-data/ecbplus/`.
 *
 * usage: npx tsx tests/eval/ecbplus-corpus.ts [--source DIR] [--force] [QA.jsonl…]
 *   DIR is the ECB+ folder (default bench-data/ecbplus/ECB+). Each QA.jsonl named is checked: its's gold
 *   against the corpus (see checkGold).
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { BENCH_DATA, rng } from '../bench/corpus.ts';

const SEED = 0xecb_0002;
/** Articles shorter than this many sentences (after the headline, URL and dateline go) are left out. */
const MIN_SENTENCES = 2;
export const ECBPLUS_DIR = join(BENCH_DATA, 'ecbplus');
export const ECBPLUS_CORPUS = join(ECBPLUS_DIR, 'corpus');
export const ECBPLUS_MANIFEST = join(ECBPLUS_DIR, 'articles.json');

export interface EcbManifest {
  readonly seed: number;
  readonly pool: number;
  readonly articles: readonly string[];
  /** Article id -> story id (`<topic>ecb` or `<topic>ecbplus`): the outlets telling one story. */
  readonly stories: Readonly<Record<string, string>>;
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
const unescapeXml = (s: string): string =>
  s.replace(/&(amp|lt|gt|quot|apos|#\d+);/g, (_, e: string) =>
    e.startsWith('#') ? String.fromCodePoint(Number(e.slice(1))) : ENTITIES[e]!,
  );

/** The tokens of each sentence, in order. */
export function readSentences(xml: string): string[][] {
  const sentences: string[][] = [];
  for (const m of xml.matchAll(/<token [^>]*sentence="(\d+)"[^>]*>([^<]*)<\/token>/g)) {
    const index = Number(m[1]);
    sentences[index] ??= [];
    sentences[index].push(unescapeXml(m[2]!));
  }
  return sentences.filter((s) => s !== undefined && s.length > 0);
}

const WORD = /^[\p{L}\p{N}]+$/u;
const LOWER_OR_NUMBER = /^[\p{Ll}\p{N}]+$/u;
const CAPS_OR_NUMBER = /^[\p{Lu}\p{N}]+$/u;
/** Whether ECB+'s tokeniser split this hyphen out of one word (`five - boat`, `AK - 47`). */
const splitHyphen = (prev: string | undefined, next: string | undefined): boolean =>
  prev !== undefined &&
  next !== undefined &&
  WORD.test(next) &&
  (LOWER_OR_NUMBER.test(prev) || CAPS_OR_NUMBER.test(prev)) &&
  (LOWER_OR_NUMBER.test(next) || CAPS_OR_NUMBER.test(prev));

/**
 * Tokens back to text: no space before closing punctuation and clitics, none after opening
 * brackets and quotes; `` and '' become straight double quotes; in the ECB+ half (whose tokeniser
 * split hyphenated words and clock times) `five - boat` and `09 : 56` are joined again.
 */
export function detokenize(raw: readonly string[], joinSplits: boolean): string {
  // Quote marks the tokeniser left on a word (`"The`, `said,"`) become tokens of their own.
  const tokens = raw.flatMap((t) => {
    const m = /^(["“”‘]?)(.*?)(["“”]?)$/su.exec(t)!;
    return t.length > 1 && (m[1] || m[3]) ? [m[1]!, m[2]!, m[3]!].filter((x) => x !== '') : [t];
  });
  let out = '';
  let glueNext = true;
  let quoteOpen = false;
  for (let i = 0; i < tokens.length; i += 1) {
    let token = tokens[i]!;
    const prev = tokens[i - 1];
    const next = tokens[i + 1];
    let glue = glueNext;
    glueNext = false;
    if (token === "'" && next === "'") {
      token = "''";
      i += 1;
    }
    if (
      token === '’' &&
      prev !== undefined &&
      WORD.test(prev) &&
      next !== undefined &&
      /^(s|t|re|ve|ll|d|m)$/i.test(next)
    ) {
      out += token;
      glueNext = true;
      continue;
    }
    if (token === '‘') {
      out += glue ? token : ` ${token}`;
      glueNext = true;
      continue;
    }
    // A straight mark right after a sentence's punctuation closes a quote (opened maybe a sentence before).
    const closes = token === '"' && (quoteOpen || /[.,!?]$/.test(prev ?? ''));
    if (token === '``' || token === '“' || (token === '"' && !closes)) {
      const mark = token === '“' ? token : '"';
      out += glue ? mark : ` ${mark}`;
      quoteOpen = true;
      glueNext = true;
      continue;
    }
    if (token === "''" || token === '"' || token === '”') {
      out += token === '”' ? token : '"';
      quoteOpen = false;
      continue;
    }
    if (/^[.,;:!?%)\]}’]+$/.test(token) || /^'(s|re|ve|ll|d|m)?$/i.test(token) || /^n't$/i.test(token)) glue = true;
    if (joinSplits && token === '-' && splitHyphen(prev, next)) {
      glue = true;
      glueNext = true;
    }
    if (token === ':' && prev !== undefined && next !== undefined && /\d$/.test(prev) && /^\d/.test(next)) {
      glue = true;
      glueNext = true;
    }
    // `0 . 07` and `20 , 000` were one number.
    if (
      joinSplits &&
      (token === '.' || (token === ',' && /^\d{3}$/.test(next ?? ''))) &&
      /\d$/.test(prev ?? '') &&
      /^\d/.test(next ?? '')
    ) {
      glueNext = true;
    }
    // `. 357 Magnum` and `ESPN. com` were one word too.
    if (joinSplits && token === '.' && /^\d+$/.test(next ?? '') && /^\p{Ll}+$/u.test(prev ?? '')) {
      glue = false;
      glueNext = true;
    }
    if (joinSplits && token === '.' && /^(com|org|net|gov|edu|co|uk)$/.test(next ?? '')) glueNext = true;
    // `U . S .` was one word.
    if (joinSplits && token === '.' && /^\p{L}$/u.test(prev ?? '') && /^\p{L}$/u.test(next ?? '')) glueNext = true;
    if (/^[([{$#]$/.test(token)) glueNext = true;
    out += glue ? token : ` ${token}`;
  }
  return out.trim();
}

const ENDS_SENTENCE = /[.!?]["')\]]*$|[.!?,]\s*"$/;
const looksLikeUrl = (s: string): boolean => /https?\s*:|www\s*\.|\.html?\b|\/\s*\//.test(s);

/** The body of one article: the URL, headline, dateline and byline lines at the top dropped. */
export function articleBody(xml: string, plus: boolean): string[] {
  const lines = readSentences(xml).map((tokens) => detokenize(tokens, plus));
  let start = 0;
  while (start < lines.length && (!ENDS_SENTENCE.test(lines[start]!) || looksLikeUrl(lines[start]!))) start += 1;
  return lines.slice(start).filter((line) => !looksLikeUrl(line) || line.split(' ').length > 12);
}

export function buildEcbCorpus(source = join(ECBPLUS_DIR, 'ECB+'), force = false): string {
  if (existsSync(ECBPLUS_MANIFEST) && !force) return ECBPLUS_CORPUS;
  if (!existsSync(source)) {
    throw new Error(`no ECB+ source at ${source}: see the head of tests/eval/ecbplus-corpus.ts for where to get it`);
  }
  const pool: { id: string; story: string; lines: string[] }[] = [];
  const topics = readdirSync(source)
    .filter((t) => /^\d+$/.test(t))
    .sort((a, b) => Number(a) - Number(b));
  for (const topic of topics) {
    const files = readdirSync(join(source, topic))
      .filter((f) => /^\d+_\d+ecb(plus)?\.xml$/.test(f))
      .sort((a, b) => a.localeCompare(b, 'en', { numeric: true }));
    for (const file of files) {
      const plus = file.endsWith('ecbplus.xml');
      const lines = articleBody(readFileSync(join(source, topic, file), 'utf8'), plus);
      if (lines.length < MIN_SENTENCES) continue;
      pool.push({ id: file.replace(/\.xml$/, ''), story: `${topic}${plus ? 'ecbplus' : 'ecb'}`, lines });
    }
  }
  const random = rng(SEED);
  for (let i = pool.length - 1; i > 0; i -= 1) {
    const j = Math.floor(random() * (i + 1));
    [pool[i], pool[j]] = [pool[j]!, pool[i]!];
  }
  rmSync(ECBPLUS_CORPUS, { recursive: true, force: true });
  mkdirSync(ECBPLUS_CORPUS, { recursive: true });
  const stories: Record<string, string> = {};
  for (const article of pool) {
    writeFileSync(join(ECBPLUS_CORPUS, `${article.id}.txt`), `${article.lines.join('\n')}\n`);
    stories[article.id] = article.story;
  }
  const manifest: EcbManifest = { seed: SEED, pool: pool.length, articles: pool.map((a) => a.id), stories };
  writeFileSync(ECBPLUS_MANIFEST, `${JSON.stringify(manifest, null, 1)}\n`);
  return ECBPLUS_CORPUS;
}

interface GoldQuestion {
  readonly question: string;
  readonly answers: readonly string[];
  readonly article?: string;
  readonly alsoIn?: readonly string[];
}

/**
 * Problems with a QA set's gold, none when it is sound: every answer occurs verbatim in the
 * question's article or one of its `alsoIn` articles, and each of those holds at least one answer.
 */
export function checkGold(questions: readonly GoldQuestion[], corpus = ECBPLUS_CORPUS): string[] {
  const problems: string[] = [];
  const text = (id: string): string | null => {
    const file = join(corpus, `${id}.txt`);
    return existsSync(file) ? readFileSync(file, 'utf8') : null;
  };
  for (const q of questions) {
    if (q.answers.length === 0) continue;
    const ids = [q.article, ...(q.alsoIn ?? [])].filter((id): id is string => id !== undefined);
    const texts = ids.map((id) => [id, text(id)] as const);
    for (const [id, body] of texts) {
      if (body === null) problems.push(`${q.question}: no article ${id}`);
      else if (!q.answers.some((a) => body.includes(a))) problems.push(`${q.question}: no answer in ${id}`);
    }
    for (const answer of q.answers) {
      if (!texts.some(([, body]) => body?.includes(answer))) problems.push(`${q.question}: not found: ${answer}`);
    }
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: { source: { type: 'string' }, force: { type: 'boolean', default: false } },
  });
  process.stdout.write(`${buildEcbCorpus(values.source, values.force)}\n`);
  for (const file of positionals) {
    const questions = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => JSON.parse(l) as GoldQuestion);
    const problems = checkGold(questions);
    process.stdout.write(`${file}: ${questions.length} questions, ${problems.length} problems\n`);
    for (const p of problems) process.stdout.write(`  ${p}\n`);
    if (problems.length > 0) process.exitCode = 1;
  }
}
