/**
 * The baseline: wink-nlp reading the same text. For each article, `nlp.readDoc(body)` with
 * wink-eng-lite-web-model, then reading its tokens (`doc.tokens().out()`). The bodies are built
 * from the corpus (one paragraph a line, as in the files) before the clock starts, so this is
 * wink's time alone; the time to read the files from disk is reported beside it as `fsReadMs`.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { articleBody } from '../corpus.ts';
import { nlp } from '../nlp.ts';
import type { Engine } from './types.ts';

export function createEngine(): Engine {
  let bodies: string[] = [];
  let tokens = 0;
  let fsReadMs = 0;
  return {
    name: 'wink-read',
    prepare(input) {
      bodies = input.articles.map(articleBody);
      const t0 = process.hrtime.bigint();
      for (const a of input.articles) readFileSync(join(input.dir, a.file), 'utf8');
      fsReadMs = Number(process.hrtime.bigint() - t0) / 1e6;
    },
    build() {
      let n = 0;
      for (const body of bodies) n += nlp.readDoc(body).tokens().out().length;
      tokens = n;
    },
    info() {
      return { tokens, fsReadMs: Math.round(fsReadMs) };
    },
  };
}
