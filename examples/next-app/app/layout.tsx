import type { Metadata } from "next";
import Link from "next/link";
import "react-blog-kit/styles.css";
import "./globals.css";
import "./blog.css";
import { Search } from "@/components/Search";
import { feedTypes, site } from "@/lib/blog";

/** Every page of the blog is built ahead of time: the build fails if one ever needs a request to render. */
export const ensureStatic = "navigation";

export const metadata: Metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.description,
  alternates: { types: feedTypes },
};

export default function RootLayout({ children }: LayoutProps<"/">) {
  return (
    <html lang="en" className="h-full antialiased">
      <body className="min-h-full flex flex-col">
        <header className="blog-header">
          <Link href="/">{site.name}</Link>
          {/* The index (app/search.json/route.ts) and the search code load the first time a reader opens it. */}
          <Search />
        </header>
        {children}
      </body>
    </html>
  );
}
