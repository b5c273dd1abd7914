import Link from 'next/link';
import 'react-blog-kit/styles.css';
import './blog.css';
import { feedTypes, site } from '../lib/blog.js';

export const metadata = {
  metadataBase: new URL(site.url),
  title: { default: site.name, template: `%s · ${site.name}` },
  description: site.description,
  alternates: { types: feedTypes },
};

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>
        <header className="blog-header">
          <Link href="/">{site.name}</Link>
        </header>
        {children}
      </body>
    </html>
  );
}
