import { defineConfig } from 'astro/config';
import react from '@astrojs/react';

export default defineConfig({
  integrations: [react()],
  // No dev toolbar: the example shows the kit, not Astro's overlay.
  devToolbar: { enabled: false },
});
