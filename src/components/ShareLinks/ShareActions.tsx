import { forwardRef, useEffect, useRef, useState } from 'react';
import { slot } from '../kit/classes.js';
import { named } from '../kit/base.js';

/** The parts of ShareActions, keys of `classNames` (shared with ShareLinks). */
export type ShareActionsSlot = 'share-item' | 'share-button' | 'share-status';

/** Props of ShareActions. Every prop is plain data, so a server component can pass them. */
export interface ShareActionsProps {
  /** Absolute URL to copy or share. Required. */
  url: string;
  /** The title handed to the share sheet. @default '' */
  title?: string;
  /** Text of the copy button. @default 'Copy link' */
  copyLabel?: string;
  /** Announced after copying. @default 'Link copied' */
  copiedLabel?: string;
  /** Text of the share-sheet button. @default 'Share…' */
  shareLabel?: string;
  /** Extra class names per part. @default {} */
  classNames?: Partial<Record<ShareActionsSlot, string>>;
  /** Leave out the kit's `rbk-*` classes. @default false */
  unstyled?: boolean;
}

/**
 * "Copy link" and the device's share sheet, as list items for ShareLinks' list. Renders nothing on
 * the server and before hydration, so no button shows that cannot work yet; the share-sheet
 * button appears only where `navigator.share` exists. Nothing is loaded or sent until a click.
 */
export const ShareActions = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLLIElement, ShareActionsProps>(function ShareActions(
    { url, title = '', copyLabel = 'Copy link', copiedLabel = 'Link copied', shareLabel = 'Share…', classNames, unstyled },
    ref,
  ) {
    const [ready, setReady] = useState<{ copy: boolean; share: boolean } | null>(null);
    const [copied, setCopied] = useState(false);
    const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
    useEffect(() => {
      setReady({ copy: typeof navigator.clipboard?.writeText === 'function', share: typeof navigator.share === 'function' });
      return () => clearTimeout(timer.current);
    }, []);
    if (!ready || typeof url !== 'string' || url === '') return null;
    const part = (name: ShareActionsSlot) => slot(name, classNames, unstyled);

    const copy = () => {
      navigator.clipboard.writeText(url).then(
        () => {
          setCopied(true);
          clearTimeout(timer.current);
          timer.current = setTimeout(() => setCopied(false), 4000);
        },
        () => setCopied(false),
      );
    };
    const share = () => {
      // A dismissed share sheet rejects; there is nothing to tell the reader.
      navigator.share({ title, url }).catch(() => undefined);
    };

    return (
      <>
        {ready.copy ? (
          <li ref={ref} {...part('share-item')}>
            <button type="button" {...part('share-button')} onClick={copy}>
              {copyLabel}
            </button>
            <span {...part('share-status')} role="status">
              {copied ? copiedLabel : ''}
            </span>
          </li>
        ) : null}
        {ready.share ? (
          <li ref={ready.copy ? undefined : ref} {...part('share-item')}>
            <button type="button" {...part('share-button')} onClick={share}>
              {shareLabel}
            </button>
          </li>
        ) : null}
      </>
    );
  }),
  'ShareActions',
);
