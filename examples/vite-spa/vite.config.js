import { defineConfig } from 'vite';
import react from '@vitejs/plugin-react';

export default defineConfig({
  plugins: [react(), process.env.RBK_MODULE_REPORT && moduleReport()],
});

/**
 * Lists the modules that ended up in each client chunk (dist/modules.json), so the host test can
 * prove the markdown parser stayed out of the browser bundle. Only on when RBK_MODULE_REPORT is set.
 */
function moduleReport() {
  return {
    name: 'rbk-module-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (this.environment?.config?.build?.ssr) return;
      const chunks = Object.values(bundle)
        .filter((output) => output.type === 'chunk')
        .map((chunk) => ({ fileName: chunk.fileName, modules: chunk.moduleIds ?? Object.keys(chunk.modules) }));
      this.emitFile({ type: 'asset', fileName: 'modules.json', source: JSON.stringify(chunks, null, 2) });
    },
  };
}
