// Ships src/styles/styles.css as dist/styles.css (react-blog-kit/styles.css).
import { copyFile, mkdir } from 'node:fs/promises';

await mkdir(new URL('../dist/', import.meta.url), { recursive: true });
await copyFile(new URL('../src/styles/styles.css', import.meta.url), new URL('../dist/styles.css', import.meta.url));
