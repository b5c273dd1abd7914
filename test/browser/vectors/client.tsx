/** Client side of a vectors page: hydrates every item and counts hydrations and React's recoverable errors. */
import { useEffect } from 'react';
import { hydrateRoot } from 'react-dom/client';
import { VectorView, type VectorItem } from './view.js';

declare global {
  interface Window {
    __rbkVectors: { hydrated: number; total: number; recoverable: string[] };
  }
}

const items: VectorItem[] = JSON.parse(document.getElementById('rbk-vectors-data')!.textContent!);
window.__rbkVectors = { hydrated: 0, total: items.length, recoverable: [] };

function Hydrated({ item }: { item: VectorItem }) {
  useEffect(() => {
    window.__rbkVectors.hydrated++;
  }, []);
  return <VectorView item={item} />;
}

for (const item of items) {
  hydrateRoot(document.getElementById(item.id)!, <Hydrated item={item} />, {
    onRecoverableError: (error) => window.__rbkVectors.recoverable.push(`${item.vector} (${item.channel}): ${String(error).slice(0, 160)}`),
  });
}
