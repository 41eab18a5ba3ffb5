// Piscina loads its worker file with require() when given a .ts path, which makes tsx
// compile the model as CommonJS (about 1.5x slower). This small ES module registers
// tsx's ESM loader and imports the worker as a module instead. Used only from the
// sources: compiled, execute.ts hands piscina dist/runner/worker.js itself.
import { register } from 'tsx/esm/api';

register();
const mod = await import('./worker.ts');
export default mod.default;
