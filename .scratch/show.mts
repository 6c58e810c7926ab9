import { loadLibrary } from '/work/wt-i/src/library.ts';
const lib = await loadLibrary(process.argv[2] ?? '/tmp/i18/c');
for (const q of lib.quotes.all()) console.log(q.kind[0], q.source.slice(0,10), JSON.stringify(q.speaker), (q as any).role ?? '', '|', q.text.slice(0, 60));
for (const s of lib.quotes.speakers()) console.log('S', s.name, '|', s.description, '|', s.aliases.join('; '));
for (const query of process.argv.slice(3)) { const r = lib.quotes.lookup(query); console.log('L', query, '->', r.speakers.map(s=>s.name), 'others', r.others.map(s=>s.name), 'sugg', r.suggestions, (r as any).mentioned); }
