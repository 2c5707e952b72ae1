// Worker threads start without the TypeScript loader the benchmark runs under: register tsx's
// loader here, then load the worker itself.
import { register } from 'tsx/esm/api';

register();
await import('./round-worker.ts');
