import { createAnalyzer } from '/work/wt-i/src/nlp/analyzer.ts';
const a = createAnalyzer();
for (const s of a.analyze(process.argv[2]!)) { const r=[]; for (let i=s.from;i<s.to;i++) r.push(`${s.arrays.values[i]}/${s.arrays.pos[i]}`); console.log(r.join(' ')); }
