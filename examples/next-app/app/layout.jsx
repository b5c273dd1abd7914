import 'react-blog-kit/styles.css';

export const metadata = {
  title: { default: 'react-blog-kit in Next.js', template: '%s · react-blog-kit in Next.js' },
};

export default function RootLayout({ children }) {
  return (
    <html lang="en">
      <body>{children}</body>
    </html>
  );
}
