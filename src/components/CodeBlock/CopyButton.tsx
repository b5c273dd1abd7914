import { forwardRef, useEffect, useState, type MouseEvent } from 'react';
import { named } from '../kit/base.js';
import { argumentError } from '../../post/arguments.js';

/** Props of CopyButton. */
export interface CopyButtonProps extends Omit<React.ComponentPropsWithoutRef<'button'>, 'children'> {
  /** The button's text. @default 'Copy code' */
  label?: string;
  /** Shown on the button and announced once the code is on the clipboard. @default 'Copied' */
  copiedLabel?: string;
  /** Leave out the kit's classes. @default false */
  unstyled?: boolean;
}

/**
 * The text of a code block as the author wrote it: the `<code>` text, without anything marked
 * `data-copy-skip` (line numbers and diff marks are drawn by CSS, so they are never text).
 */
export function codeText(pre: Element): string {
  if (typeof pre?.querySelector !== 'function') throw argumentError('codeText', 'pre', 'a DOM element (the <pre> of a code block)', pre);
  return textOfCode(pre);
}

/** {@link codeText} for the button, which always has its `<pre>`: no argument message in the island. */
function textOfCode(pre: Element): string {
  const code = pre.querySelector('code') ?? pre;
  const copy = code.cloneNode(true) as Element;
  for (const skip of copy.querySelectorAll('[data-copy-skip]')) skip.remove();
  return (copy.textContent ?? '').replace(/\n$/, '');
}

async function write(text: string): Promise<void> {
  if (navigator.clipboard?.writeText) return navigator.clipboard.writeText(text);
  // Pages served over plain http have no Clipboard API.
  const area = document.createElement('textarea');
  area.value = text;
  area.setAttribute('readonly', '');
  area.style.position = 'fixed';
  area.style.opacity = '0';
  document.body.append(area);
  area.select();
  const ok = document.execCommand('copy');
  area.remove();
  if (!ok) throw new Error('copy refused');
}

/**
 * The copy button of a code block (a client island). It renders nothing until hydrated, so a page
 * without JavaScript never shows a dead control; then it copies the `<pre>` of its code frame and
 * announces `copiedLabel` through a polite live region.
 */
export const CopyButton = /* @__PURE__ */ named(
  /* @__PURE__ */ forwardRef<HTMLButtonElement, CopyButtonProps>(function CopyButton(
    { label = 'Copy code', copiedLabel = 'Copied', unstyled, className, onClick, ...rest },
    ref,
  ) {
    const [ready, setReady] = useState(false);
    const [copied, setCopied] = useState(false);
    useEffect(() => setReady(true), []);
    useEffect(() => {
      if (!copied) return;
      const timer = setTimeout(() => setCopied(false), 2000);
      return () => clearTimeout(timer);
    }, [copied]);
    if (!ready) return null;
    const copy = (event: MouseEvent<HTMLButtonElement>) => {
      onClick?.(event);
      const pre = event.currentTarget.closest('[data-slot="code-frame"]')?.querySelector('pre');
      if (!pre || event.defaultPrevented) return;
      write(textOfCode(pre)).then(
        () => setCopied(true),
        () => setCopied(false),
      );
    };
    return (
      <>
        <button
          ref={ref}
          type="button"
          {...rest}
          className={unstyled ? className : className ? `rbk-copy-button ${className}` : 'rbk-copy-button'}
          data-slot="copy-button"
          data-copied={copied ? '' : undefined}
          onClick={copy}
        >
          {copied ? copiedLabel : label}
        </button>
        <span role="status" className={unstyled ? undefined : 'rbk-visually-hidden'} data-slot="copy-status">
          {copied ? copiedLabel : ''}
        </span>
      </>
    );
  }),
  'CopyButton',
);
