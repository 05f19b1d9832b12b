// Worker threads do not inherit tsx's loader on Node 20: register it here, then load
// the TypeScript worker that verifies hand-ins (verify-worker.ts).
import { register } from 'tsx/esm/api';

register();
await import('./verify-worker.ts');
