import Module from 'node:module';

/**
 * `@dqcai/vn-lunar` (the Vietnamese lunar calendar behind the working-day calendar)
 * declares `"type": "module"` yet points its `require` entry at a CommonJS file, so a
 * plain Node `require` sees an empty module. Its ESM build is fine, and Node ≥ 20.19
 * loads ESM synchronously from `require`, so point that one package at its ESM build.
 * Jest and Temporal's workflow bundler resolve the ESM build themselves and need nothing.
 * Import this module first in every Node entry point.
 */
const LIBRARY = '@dqcai/vn-lunar';

type Resolve = (request: string, ...rest: unknown[]) => string;
const moduleInternals = Module as unknown as { _resolveFilename: Resolve };
const resolve = moduleInternals._resolveFilename;

moduleInternals._resolveFilename = function resolveLunarLibrary(request, ...rest) {
  const resolved = resolve.call(this, request, ...rest);
  return request === LIBRARY ? resolved.replace(/index\.js$/, 'index.mjs') : resolved;
};
