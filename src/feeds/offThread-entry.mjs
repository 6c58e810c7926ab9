// Worker threads start without tsx's loader when the parent did not run under tsx (vitest):
// register it, then load the TypeScript worker.
import { register } from 'tsx/esm/api';

register();
await import('./offThread-worker.ts');
