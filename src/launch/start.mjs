// `npm start`: runs src/main.ts from its bundle (./bundle.mjs), built on the first start after the
// source changes. When no bundle can be had (esbuild missing, a read-only checkout), the source
// runs under tsx as before, after one line saying why.
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ensureBundle } from './bundle.mjs';

const srcDir = fileURLToPath(new URL('..', import.meta.url));
const cacheRoot = fileURLToPath(new URL('../../node_modules/.cache/citebot/start', import.meta.url));

let bundle;
try {
  bundle = (await ensureBundle({ srcDir, entry: 'main.ts', cacheRoot })).file;
} catch (error) {
  process.stderr.write(
    `could not bundle the source (${error instanceof Error ? error.message : String(error)}); running it with tsx\n`,
  );
}
if (bundle === undefined) {
  const { register } = await import('tsx/esm/api');
  register();
  await import('../main.ts');
} else {
  // Stack traces name the source's files and lines, as under tsx.
  process.setSourceMapsEnabled(true);
  await import(pathToFileURL(bundle).href);
}
