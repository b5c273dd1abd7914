import type { Labels } from '../../core/labels.js';
import { CopyButton } from '../islands.js';
import { boundedCache } from '../../core/cache.js';

type PreProps = React.ComponentPropsWithoutRef<'pre'> & { node?: any };

type Frame = (props: PreProps) => React.JSX.Element;

// One component per label pair: a new component on every render would remount each code block.
const frames = /* @__PURE__ */ boundedCache<string, Frame>('code-frames', 32);
// The frames by the labels object they were asked with: without a `labels` prop every render passes
// the same defaults, so the string key need not be built again.
const framesByLabels = /* @__PURE__ */ boundedCache<object, { styled?: Frame; bare?: Frame }>('code-frames-by-labels', 8);

/**
 * The `pre` of a body tree with the copy island beside it, in a `data-slot="code-frame"` box.
 * Server-safe: the island hydrates on its own.
 */
export function codeFrame(labels: Pick<Labels, 'copyCode' | 'codeCopied'>, unstyled?: boolean): Frame {
  const known = framesByLabels.get(labels, () => ({}));
  const mode = unstyled ? 'bare' : 'styled';
  return (known[mode] ??= frameFor(labels, unstyled));
}

function frameFor(labels: Pick<Labels, 'copyCode' | 'codeCopied'>, unstyled?: boolean): Frame {
  const key = `${labels.copyCode}\u0000${labels.codeCopied}\u0000${unstyled ? 1 : 0}`;
  return frames.get(key, () =>
    function CodeFrame({ node: _node, ...props }: PreProps) {
      return (
        <div data-slot="code-frame" className={unstyled ? undefined : 'rbk-code-frame'}>
          <pre {...props} />
          <CopyButton label={labels.copyCode} copiedLabel={labels.codeCopied} unstyled={unstyled} />
        </div>
      );
    },
  );
}
