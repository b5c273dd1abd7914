import react from '@vitejs/plugin-react'
import { defineConfig, type Plugin } from 'vite'

// https://vite.dev/config/
export default defineConfig({
  plugins: [react(), process.env.RBK_MODULE_REPORT ? moduleReport() : null],
  // The server bundle (dist-server/) holds React and the kit too, not imports of them: it is all the
  // code that renders a page, so the prerender's page cache, keyed on it, notices any change to them.
  ssr: { noExternal: true },
})

/**
 * For the kit's host test only (on when RBK_MODULE_REPORT is set): lists the modules of each client
 * chunk in dist/modules.json, so the test can prove the markdown parser stayed out of the browser.
 */
function moduleReport(): Plugin {
  return {
    name: 'rbk-module-report',
    apply: 'build',
    generateBundle(_options, bundle) {
      if (this.environment.config.build.ssr) return
      const chunks = Object.values(bundle).flatMap((output) =>
        output.type === 'chunk' ? [{ fileName: output.fileName, modules: output.moduleIds }] : [],
      )
      this.emitFile({ type: 'asset', fileName: 'modules.json', source: JSON.stringify(chunks, null, 2) })
    },
  }
}
