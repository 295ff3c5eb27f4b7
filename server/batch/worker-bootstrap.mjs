// Worker threads start as plain Node: register tsx here so the TypeScript worker loads the same way
// under `npm run cli` (tsx), vitest and the web server, without a build step.
import { register } from 'tsx/esm/api';

register();
const worker = await import('./worker.ts');

export default worker.default;
export const ping = worker.ping;
