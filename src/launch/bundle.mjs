// `npm start` without tsx: the source bundled once by esbuild into one JavaScript file, kept under a
// fingerprint of the source and reused by every later start until the source changes. Starting the
// TypeScript through tsx costs a process about half a second of CPU before the first answer (its
// loader thread, and every module's resolve and load passing through it); a bundle costs nothing
// of that. Plain JavaScript, so that it runs before anything can compile TypeScript.
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

/** Bumped when the bundle's options below change what a build writes. */
const BUNDLE_FORMAT = 1;
/**
 * Older builds are kept this long, and the newest few of them whatever their age: a process still
 * running an older build loads its chunks (a mode's modules, a page reader) when it first needs them.
 */
const KEEP_MS = 24 * 3_600_000;
const KEEP_OLDER = 3;

/**
 * A digest of every file under `srcDir` (paths and contents) and of the bundle's format: a bundle
 * serves exactly the source it was built from. Reading 1.6 MB of source costs a few milliseconds.
 */
export function sourceFingerprint(srcDir) {
  const hash = createHash('sha256').update(`citebot-bundle ${BUNDLE_FORMAT}\0`);
  const walk = (dir) => {
    for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => (a.name < b.name ? -1 : 1))) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.isFile())
        hash.update(`${relative(srcDir, path).split(sep).join('/')}\0`).update(readFileSync(path));
    }
  };
  walk(srcDir);
  return hash.digest('hex').slice(0, 20);
}

/**
 * Rewrites `import.meta.url` to the source file's own URL: a bundled module then finds what sits
 * beside it in the source (its worker threads' entry files, the code the snapshot key reads) as it
 * does when tsx runs it.
 */
const sourceUrls = {
  name: 'source-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.[cm]?[jt]s$/ }, (args) => {
      if (args.path.includes(`${sep}node_modules${sep}`)) return undefined;
      const text = readFileSync(args.path, 'utf8');
      return {
        contents: text.replace(/\bimport\.meta\.url\b/g, JSON.stringify(pathToFileURL(args.path).href)),
        loader: args.path.endsWith('ts') ? 'ts' : 'js',
      };
    });
  },
};

/**
 * The bundle of `entry` (a file under `srcDir`) for the source as it is now: the one in `cacheRoot`
 * when the source has not changed since it was built, else a new build (written beside, then moved
 * into place in one rename, so that processes starting together never read half a build; the one
 * that loses the race reads the winner's). Returns its path and whether this call built it.
 */
export async function ensureBundle({ srcDir, entry, cacheRoot }) {
  const fingerprint = sourceFingerprint(srcDir);
  const dir = join(cacheRoot, fingerprint);
  const file = join(dir, 'main.mjs');
  try {
    statSync(file);
    return { file, built: false };
  } catch {}
  const { build } = await import('esbuild');
  mkdirSync(cacheRoot, { recursive: true });
  const scratch = join(cacheRoot, `.build-${process.pid}-${randomBytes(4).toString('hex')}`);
  try {
    await build({
      entryPoints: [join(srcDir, entry)],
      outdir: scratch,
      outExtension: { '.js': '.mjs' },
      bundle: true,
      // What main.ts imports when its mode needs it stays a chunk of its own, loaded then: one file
      // would hoist the packages those modules import (discord.js, …) to the start of every mode.
      splitting: true,
      format: 'esm',
      platform: 'node',
      target: 'node20',
      // Packages are loaded from node_modules as they are under tsx.
      packages: 'external',
      sourcemap: 'linked',
      sourcesContent: false,
      logLevel: 'silent',
      plugins: [sourceUrls],
    });
    try {
      renameSync(scratch, dir);
    } catch (error) {
      // Another process moved the same build into place first: use it.
      if (!['EEXIST', 'ENOTEMPTY', 'EPERM'].includes(error?.code)) throw error;
      statSync(file);
      return { file, built: false };
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
  }
  prune(cacheRoot, fingerprint);
  return { file, built: true };
}

/** Removes older builds past KEEP_OLDER and KEEP_MS, and scratch folders over an hour old. */
function prune(cacheRoot, keep) {
  const now = Date.now();
  const builds = [];
  for (const entry of readdirSync(cacheRoot, { withFileTypes: true })) {
    if (!entry.isDirectory() || entry.name === keep) continue;
    const path = join(cacheRoot, entry.name);
    const mtime = statSync(path, { throwIfNoEntry: false })?.mtimeMs ?? 0;
    if (entry.name.startsWith('.build-')) {
      if (now - mtime > 3_600_000) rmSync(path, { recursive: true, force: true });
    } else builds.push({ path, mtime });
  }
  builds.sort((a, b) => b.mtime - a.mtime);
  for (const old of builds.slice(KEEP_OLDER)) {
    if (now - old.mtime > KEEP_MS) rmSync(old.path, { recursive: true, force: true });
  }
}
