import type { Labels } from '../../core/labels.js';
import { CopyButton } from '../islands.js';
import { remember } from '../../core/remember.js';

type PreProps = React.ComponentPropsWithoutRef<'pre'> & { node?: any };

// One component per label pair: a new component on every render would remount each code block.
const frames = new Map<string, (props: PreProps) => React.JSX.Element>();
// The last frame by the labels object it was asked with: without a `labels` prop every render passes
// the same defaults, and building the string key again was a percent of a post's re-render.
let last: { labels: object; unstyled: boolean; frame: (props: PreProps) => React.JSX.Element } | undefined;

/**
 * The `pre` of a body tree with the copy island beside it, in a `data-slot="code-frame"` box.
 * Server-safe: the island hydrates on its own.
 */
export function codeFrame(labels: Pick<Labels, 'copyCode' | 'codeCopied'>, unstyled?: boolean): (props: PreProps) => React.JSX.Element {
  if (last?.labels === labels && last.unstyled === !!unstyled) return last.frame;
  const key = `${labels.copyCode}\u0000${labels.codeCopied}\u0000${unstyled ? 1 : 0}`;
  const frame = remember(frames, key, 32, () =>
    function CodeFrame({ node: _node, ...props }: PreProps) {
      return (
        <div data-slot="code-frame" className={unstyled ? undefined : 'rbk-code-frame'}>
          <pre {...props} />
          <CopyButton label={labels.copyCode} copiedLabel={labels.codeCopied} unstyled={unstyled} />
        </div>
      );
    },
  );
  last = { labels, unstyled: !!unstyled, frame };
  return frame;
}
