import type { BuildOptions } from '../library.ts';
import type { EngineConfig } from './config.ts';

/** Engine settings from the configuration as library build options. */
export function buildOptions(engine: EngineConfig, sliceMs = Number.POSITIVE_INFINITY): BuildOptions {
  return {
    maxFileBytes: engine.maxFileBytes,
    morphology: engine.morphology,
    rank: { k1: engine.k1, b: engine.b },
    paraphrase: engine.paraphrases,
    sliceMs,
  };
}
