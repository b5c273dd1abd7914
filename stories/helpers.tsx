/**
 * Small pieces the stories share: the "All states" board and the copyable code snippet.
 */
import { isValidElement, type ReactNode } from 'react';
import { darkColors, lightColors } from '../src/theme/index.js';

/** One labelled state on an "All states" board. */
export interface StateEntry {
  /** The state's name, shown above it and used as the group's accessible name. */
  name: string;
  /** What the state renders. */
  node: ReactNode;
}

/**
 * Shows several states of a component one after another, each under its name. A group, not a
 * heading, labels each state so the components' own heading outline stays intact.
 */
export function StateBoard({ states, columns = 1 }: { states: StateEntry[]; columns?: number }) {
  return (
    <div
      style={{
        display: 'grid',
        gap: '2.5rem',
        gridTemplateColumns: columns > 1 ? `repeat(auto-fit, minmax(min(100%, ${Math.round(60 / columns)}rem), 1fr))` : '1fr',
      }}
    >
      {states.map((state) => (
        <div key={state.name} role="group" aria-label={state.name}>
          <p
            style={{
              margin: '0 0 0.75rem',
              font: '600 0.75rem/1.2 system-ui, sans-serif',
              letterSpacing: '0.06em',
              textTransform: 'uppercase',
              opacity: 0.8,
            }}
          >
            {state.name}
          </p>
          {onItsPage(state.node)}
        </div>
      ))}
    </div>
  );
}

/**
 * A dark or auto component has no background of its own: it lies on the page, as it would on a host's
 * page of the same scheme. On the board it gets such a page: dark, or following the OS for auto.
 */
function onItsPage(node: ReactNode): ReactNode {
  const scheme = isValidElement<{ colorScheme?: string }>(node) ? node.props.colorScheme : undefined;
  if (scheme !== 'dark' && scheme !== 'auto') return node;
  const pick = (token: 'background' | 'text') => (scheme === 'dark' ? darkColors[token] : `light-dark(${lightColors[token]}, ${darkColors[token]})`);
  return (
    <div style={{ background: pick('background'), color: pick('text'), colorScheme: scheme === 'dark' ? 'dark' : 'light dark', padding: '1rem' }}>{node}</div>
  );
}

/** Props a snippet prints as a variable instead of a literal (a whole post is too long to read). */
const AS_VARIABLE: Record<string, string> = {
  post: 'post',
  sections: 'post.sections',
  toc: 'post.toc',
  readingTime: 'post.readingTime',
  authors: 'post.authors',
};

function printValue(name: string, value: unknown): string | undefined {
  if (value === undefined) return undefined;
  if (name in AS_VARIABLE && typeof value === 'object' && value !== null) return `{${AS_VARIABLE[name]}}`;
  if (typeof value === 'string') return JSON.stringify(value);
  if (typeof value === 'function') {
    const fn = value as { displayName?: string; name?: string };
    return `{${fn.displayName || fn.name || name}}`;
  }
  if (typeof value === 'object' && value !== null && '$$typeof' in value) return '{…}';
  return `{${JSON.stringify(value, null, 2)?.replace(/\n/g, '\n  ')}}`;
}

/**
 * A `docs.source.transform` that prints the story's current args — controls and toolbar included —
 * as the JSX a user would write, with the post passed as a variable.
 */
export function snippet<A extends object>(componentName: string, toProps: (args: A) => object) {
  return (_code: string, context: { args: A }): string => {
    const props = toProps(context.args) as Record<string, unknown>;
    const lines: string[] = [];
    let children: string | undefined;
    for (const [name, value] of Object.entries(props)) {
      if (name === 'children' && typeof value === 'string') {
        children = value;
        continue;
      }
      if (value === true) {
        lines.push(name);
        continue;
      }
      const printed = printValue(name, value);
      if (printed !== undefined) lines.push(`${name}=${printed}`);
    }
    const attributes = lines.length > 0 ? `\n  ${lines.join('\n  ')}\n` : '';
    if (children !== undefined) return `<${componentName}${attributes}>{${JSON.stringify(children)}}</${componentName}>`;
    return `<${componentName}${attributes}${attributes ? '' : ' '}/>`;
  };
}
