// Plain JavaScript on purpose: `npm start` runs the build check with plain Node, before anything can load TypeScript.
import { readFile } from 'node:fs/promises';
import { relative } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * Modules that read data files next to themselves (rule term lists, prompts, the client build) resolve them from
 * `import.meta.url`. In a bundle that URL would name the bundle, so each module's own URL is written into its code:
 * either as the absolute file URL (bundles that live in a cache and are used on this machine only) or relative to the
 * bundle's folder (the production build, which moves with the checkout or the container image).
 *
 * @param {{ absolute: true } | { relativeTo: string }} target
 * @returns {import('esbuild').Plugin}
 */
export function sourceUrlPlugin(target) {
  /** @param {string} path */
  const urlOf = (path) =>
    'absolute' in target
      ? JSON.stringify(pathToFileURL(path).href)
      : `new URL(${JSON.stringify(relative(target.relativeTo, path).split('\\').join('/'))}, import.meta.url).href`;
  return {
    name: 'source-url',
    setup(b) {
      b.onLoad({ filter: /\.ts$/ }, async ({ path }) => {
        const src = await readFile(path, 'utf8');
        const contents = src.includes('import.meta.url') ? src.replaceAll('import.meta.url', urlOf(path)) : src;
        return { contents, loader: 'ts' };
      });
    },
  };
}
