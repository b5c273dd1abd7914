/** @type {import('next').NextConfig} */
const nextConfig = {
  // Every post page is generated at build time: `next build` writes plain HTML to out/.
  output: 'export',
  trailingSlash: true,
  // This example sits inside the kit's repository; keep Turbopack from treating the repo as the root.
  turbopack: { root: import.meta.dirname },
};

export default nextConfig;
