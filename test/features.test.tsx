// @vitest-environment node
/**
 * A markdown feature is declared once, and everything that lists the kit's features is derived from
 * that list (src/markdown/features.ts). Here a feature the kit does not have is added to the list,
 * and its option is followed to each place: parsePost and createPost run its plugin with it, the
 * processor and disk cache keys change with it (through the feature's own `cacheKey`), the option
 * table gets its row, and MarkdownContent runs it when a page passes it.
 */
import type { Element } from 'hast';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { MarkdownContent } from '../src/index.js';
import { markdownProcessor } from '../src/markdown/kit-chain.js';
import { optionsFingerprint } from '../src/node/cache.js';
import { createPost, parsePost, type ParseOptions } from '../src/parse/index.js';
import { optionRows, optionTable } from '../scripts/option-table.mjs';
import { dummyFeature, type StampOptions } from './helpers/dummy-feature.js';

vi.mock('../src/markdown/features.js', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../src/markdown/features.js')>();
  const { dummyFeature: dummy } = await import('./helpers/dummy-feature.js');
  return { ...actual, FEATURES: [...actual.FEATURES, dummy] };
});

const stamped = (options: ParseOptions & StampOptions) => options;
const firstParagraph = (root: { children: unknown[] }) => root.children.find((c) => (c as Element).tagName === 'p') as Element;

describe('when a feature is added to the list of features', () => {
  it('parsePost and createPost run its plugin with its option, and leave it out without', () => {
    const post = parsePost('---\ntitle: Bees\n---\nBees dance.\n', stamped({ stamp: 'Hive' }));
    expect(firstParagraph(post.intro).properties.dataStamp).toBe('hive');
    const created = createPost({ data: { title: 'Bees' }, body: 'Bees dance.\n' }, stamped({ stamp: 'comb' }));
    expect(firstParagraph(created.intro).properties.dataStamp).toBe('comb');
    expect(firstParagraph(parsePost('---\ntitle: Bees\n---\nBees dance.\n').intro).properties.dataStamp).toBeUndefined();
  });

  it('the processor cache and the disk cache key on it through its own cacheKey', () => {
    expect(markdownProcessor(stamped({ stamp: 'a' }))).toBe(markdownProcessor(stamped({ stamp: 'A' })));
    expect(markdownProcessor(stamped({ stamp: 'a' }))).not.toBe(markdownProcessor(stamped({ stamp: 'b' })));
    expect(optionsFingerprint(stamped({ stamp: 'a' }))).toBe(optionsFingerprint(stamped({ stamp: 'A' })));
    expect(optionsFingerprint(stamped({ stamp: 'a' }))).not.toBe(optionsFingerprint(stamped({ stamp: 'b' })));
    expect(optionsFingerprint(stamped({ stamp: 'a' }))).not.toBe(optionsFingerprint({}));
  });

  it('the option table gets its row, from the JSDoc of its options', () => {
    const rows = optionRows(
      'FeatureOptionsOf<[...typeof FEATURES, typeof dummyFeature]>',
      [
        "import type { FEATURES } from './src/markdown/features.js';",
        "import type { FeatureOptionsOf } from './src/markdown/feature.js';",
        "import type { dummyFeature } from './test/helpers/dummy-feature.js';",
      ].join('\n'),
    );
    expect(rows.map((row) => row.name)).toEqual(['format', 'math', 'highlight', 'imageCaptions', 'stamp']);
    expect(optionTable(rows)).toContain('| `stamp` | — (no stamp) | Every paragraph carries `data-stamp` with this text, in lower case. |');
  }, 60_000);

  it('MarkdownContent runs it when the page passes it, with its option from the props', () => {
    const html = renderToStaticMarkup(
      <MarkdownContent features={[dummyFeature]} stamp="Hive">
        {'Bees dance.'}
      </MarkdownContent>,
    );
    expect(html).toContain('<p data-stamp="hive">Bees dance.</p>');
    // The option is the feature's, not an attribute of the root.
    expect(html).not.toMatch(/<div[^>]* stamp=/);
    expect(renderToStaticMarkup(<MarkdownContent>{'Bees dance.'}</MarkdownContent>)).not.toContain('data-stamp');
  });
});
