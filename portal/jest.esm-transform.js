/**
 * msw v2 pulls in ESM-only packages (rettime, …) that jest 29's CommonJS runtime
 * cannot load; esbuild rewrites just those files to CommonJS.
 */
const { transformSync } = require('esbuild');

module.exports = {
  process(source, filename) {
    const { code, map } = transformSync(source, {
      loader: 'js',
      format: 'cjs',
      target: 'node18',
      sourcemap: true,
      sourcefile: filename,
    });
    return { code, map };
  },
};
