/** Client side of the hostile page: hydrates every vector's post and records any mismatch. */
import { useEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { HostilePost, type HostileItem } from './post.js';

declare global {
  interface Window {
    __rbkHostile: { hydrated: number; total: number; recoverable: string[] };
  }
}

const items: HostileItem[] = JSON.parse(document.getElementById('rbk-hostile-data')!.textContent!);
window.__rbkHostile = { hydrated: 0, total: items.length, recoverable: [] };

function Hydrated({ item }: { item: HostileItem }) {
  useEffect(() => {
    window.__rbkHostile.hydrated++;
  }, []);
  return <HostilePost item={item} />;
}

for (const item of items) {
  hydrateRoot(document.getElementById(item.id)!, <Hydrated item={item} />, {
    onRecoverableError: (error) => window.__rbkHostile.recoverable.push(`${item.name}: ${String(error).slice(0, 200)}`),
  });
}
