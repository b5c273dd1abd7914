import type { NextConfig } from "next";

const nextConfig: NextConfig = {
  // What create-next-app 16 writes: Cache Components and Partial Prefetching.
  cacheComponents: true,
  partialPrefetching: true,
  // The kit links to /posts/<slug>/, /tags/<tag>/ and /page/2/: every page URL ends in a slash.
  trailingSlash: true,
  // A slug with a dot (/posts/v24.0.0/) looks like a file to Next, which would redirect it to
  // /posts/v24.0.0; without the redirects every URL the kit emits answers 200 as written.
  skipTrailingSlashRedirect: true,
  turbopack: {
    // This example sits inside the kit's repository; keep Turbopack from taking the repo as the root.
    root: import.meta.dirname,
    rules: {
      "*.css": {
        loaders: ["@tailwindcss/turbopack"],
        as: "*.css",
      },
    },
  },
};

export default nextConfig;
