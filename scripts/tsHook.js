/**
 * `node -r ./scripts/tsHook.js scripts/<command>.ts`: runs a command from its TypeScript
 * sources, with no build. Each .ts file is transpiled as it is required by @swc/core (already
 * installed: @temporalio/worker depends on it, and the tests run through it too), without
 * type-checking — that is `npm run build`'s and `npm test`'s job. So an administrator's
 * command never rebuilds dist/ under the servers running from it.
 */
const { transformFileSync } = require('@swc/core');

const options = {
  module: { type: 'commonjs' },
  jsc: { parser: { syntax: 'typescript' }, target: 'es2022' },
};

require.extensions['.ts'] = (module, filename) => {
  module._compile(transformFileSync(filename, options).code, filename);
};
