/** Client side of the code-block page: hydrates the post, so the copy islands come alive. */
import { hydrateRoot } from 'react-dom/client';
import { PostLayout } from '../../../dist/index.js';

declare global {
  interface Window {
    __rbkCode: { recoverable: string[] };
  }
}

window.__rbkCode = { recoverable: [] };
const post = JSON.parse(document.getElementById('post')!.textContent!);
hydrateRoot(document.getElementById('root')!, <PostLayout post={post} toc="none" />, {
  onRecoverableError: (error) => window.__rbkCode.recoverable.push(String(error).slice(0, 200)),
});
