/**
 * A few page scripts sit right at their 10 kB gzip budget: the guide scripts (injected into a
 * portal frame per blade family) and TonicDM's content script. After Vite's own minifier, Terser's
 * extra compress passes take another few percent off them. Only those files: the page outline's
 * script is read for the value it evaluates to (scripting.executeScript), which Terser may drop.
 */
import { minify } from 'terser';
import type { Plugin } from 'vite';

const PAGE_SCRIPTS = /^(guide-[a-z]+\.js|content-scripts\/tonicdm\.js)$/;

export function terserPageScripts(): Plugin {
  return {
    name: 'terser-page-scripts',
    apply: 'build',
    async generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk' || !PAGE_SCRIPTS.test(chunk.fileName)) continue;
        const result = await minify(chunk.code, { ecma: 2020, compress: { passes: 3 }, format: { comments: false } });
        if (result.code) chunk.code = result.code;
      }
    },
  };
}
