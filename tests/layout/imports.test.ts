import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const SRC = join(import.meta.dirname, '../../src');
/** An import of a Discord client library: discord.js, or one of its parts (@discordjs/rest, …). */
const DISCORD_CLIENT = /from '(discord\.js|@discordjs\/[^']+)'/;
/** Any Discord package, the API's types included. */
const ANY_DISCORD = /from '(discord[.-][^']*|@discordjs\/[^']+)'/;
const IMPORT = /(?:from|import)\s*\(?\s*['"](\.{1,2}\/[^'"]+\.ts)['"]/g;

/** Every .ts file under src/ and the src/ files it imports (type imports included). */
function importGraph(): Map<string, string[]> {
  const graph = new Map<string, string[]>();
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith('.ts')) {
        const deps = [...readFileSync(path, 'utf8').matchAll(IMPORT)].map((m) => normalize(join(dirname(path), m[1]!)));
        graph.set(
          path,
          deps.filter((d) => d.startsWith(SRC)),
        );
      }
    }
  };
  walk(SRC);
  return graph;
}

/** Each import cycle once, as the files along it. */
function cycles(graph: Map<string, string[]>): string[][] {
  const found: string[][] = [];
  const state = new Map<string, 'active' | 'done'>();
  const stack: string[] = [];
  const visit = (file: string): void => {
    state.set(file, 'active');
    stack.push(file);
    for (const dep of graph.get(file) ?? []) {
      if (state.get(dep) === 'active') found.push(stack.slice(stack.indexOf(dep)).map((f) => relative(SRC, f)));
      else if (!state.has(dep)) visit(dep);
    }
    stack.pop();
    state.set(file, 'done');
  };
  for (const file of graph.keys()) if (!state.has(file)) visit(file);
  return found;
}

describe('the layout of src/', () => {
  it('has no import cycles, type imports included: each folder builds on the ones below it', () => {
    expect(cycles(importGraph())).toEqual([]);
  });

  it('keeps Discord’s client libraries (discord.js, @discordjs/*) in src/discord/ (and the deploy step): the engine, the app, the HTTP endpoint and the console never import them', () => {
    const users = [...importGraph().keys()]
      .filter((f) => DISCORD_CLIENT.test(readFileSync(f, 'utf8')))
      .map((f) => relative(SRC, f))
      .sort();
    expect(users.filter((f) => !(f.startsWith('discord/') || f === 'deploy.ts' || f === 'main.ts'))).toEqual([]);
    // The fence is not empty: the gateway client and the webhook client both sit inside it.
    expect(users).toEqual(expect.arrayContaining(['discord/bot.ts', 'discord/webhook.ts']));
  });

  it('keeps the engine free of Discord: not even discord-api-types in corpus, nlp, search, quotes, indexing', () => {
    const engine = [...importGraph().keys()]
      .map((f) => relative(SRC, f))
      .filter((f) => /^(corpus|nlp|search|quotes|indexing)\//.test(f) || f === 'library.ts');
    expect(engine.length).toBeGreaterThan(20);
    expect(engine.filter((f) => ANY_DISCORD.test(readFileSync(join(SRC, f), 'utf8')))).toEqual([]);
  });
});

/** A value import of a package (type imports are erased: they load nothing). */
const PACKAGE_VALUE_IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+'([^.'][^']*)'/gm;
/** A value import of a file under src/, static only: `await import()` loads it when reached. */
const STATIC_VALUE_IMPORT = /^(?:import|export)\s+(?!type\b)[^;]*?from\s+'(\.{1,2}\/[^']+\.ts)'/gm;

/** The packages `file` loads before its first line runs: its static value imports, followed through src/. */
function packagesLoadedBy(file: string): Set<string> {
  const packages = new Set<string>();
  const seen = new Set<string>();
  const visit = (path: string): void => {
    if (seen.has(path)) return;
    seen.add(path);
    const text = readFileSync(path, 'utf8');
    for (const m of text.matchAll(PACKAGE_VALUE_IMPORT)) packages.add(m[1]!);
    for (const m of text.matchAll(STATIC_VALUE_IMPORT)) visit(normalize(join(dirname(path), m[1]!)));
  };
  visit(join(SRC, file));
  return packages;
}

describe('what `npm start` loads before it knows its mode', () => {
  it('loads no Discord client (~1 s of CPU), HTML reader or feed parser: the gateway, shards, HTTP endpoint, pages and feeds import theirs when first used', () => {
    const loaded = [...packagesLoadedBy('main.ts')];
    expect(
      loaded.filter((p) => /^(discord\.js|@discordjs\/|linkedom|@mozilla\/readability|feedsmith)/.test(p)),
    ).toEqual([]);
    // The walk does follow the graph: the engine's own packages are in it (wink-nlp itself is
    // loaded with require in src/nlp/wink.ts, which the walk does not see; its model is imported).
    expect(loaded).toEqual(expect.arrayContaining(['wink-eng-lite-web-model', 'discord-api-types/v10']));
  });
});
