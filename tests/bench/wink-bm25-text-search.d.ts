// Types for the parts of wink-bm25-text-search (CommonJS, untyped) that the benchmark uses.
declare module 'wink-bm25-text-search' {
  interface BM25Config {
    fldWeights: Record<string, number>;
    bm25Params?: { k1?: number; b?: number; k?: number };
    ovFldNames?: string[];
  }
  interface BM25 {
    defineConfig(config: BM25Config): boolean;
    // Each task takes the previous task's output: a string first, then whatever the tasks pass on.
    definePrepTasks(tasks: ((input: any) => any)[], field?: string): number;
    addDoc(doc: Record<string, string>, id: string | number): number;
    consolidate(precision?: number): boolean;
    search(text: string, limit?: number): [string, number][];
  }
  function bm25(): BM25;
  export default bm25;
}
