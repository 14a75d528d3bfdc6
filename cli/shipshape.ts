/** The `shipshape` command (bin). Bundled to dist/shipshape.mjs by scripts/build-gate.mjs. */
import { runCheck } from './run-check';

process.exitCode = await runCheck(process.argv.slice(2), process.env, new Date().toISOString());
