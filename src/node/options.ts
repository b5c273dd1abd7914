import { checkParseOptions } from '../parse/options.js';
import { optionsOf, requireFunction, requireObject, requireOneOf, optionalString, requireString } from '../post/arguments.js';
import type { LoadOptions } from './load.js';

/**
 * The path and options `fn` (loadPosts, loadPost) was given, checked before anything is read, so a
 * wrong option is a TypeError naming it rather than a problem blamed on the first post: `{}` for
 * undefined options.
 */
export function checkLoadArguments(fn: string, parameter: string, target: unknown, value: LoadOptions | undefined): LoadOptions {
  requireString(fn, parameter, target, parameter === 'dir' ? 'the path of a folder (a string)' : 'the path of a post file (a string)');
  const options = optionsOf(fn, 'options', value);
  const { authors, ...parse } = options;
  checkParseOptions(fn, parse);
  if (authors !== undefined && typeof authors !== 'string') requireObject(fn, 'options.authors', authors, 'an object of authors by key, the path of an authors file, or undefined');
  for (const key of ['publicDir', 'base', 'imagesDir', 'cacheDir'] as const) optionalString(fn, `options.${key}`, options[key]);
  requireOneOf(fn, 'options.images', options.images, ['copy', 'refuse', 'keep']);
  requireOneOf(fn, 'options.onError', options.onError, ['throw', 'skip']);
  requireOneOf(fn, 'options.drafts', options.drafts, [true, false]);
  requireOneOf(fn, 'options.rootIndex', options.rootIndex, [true, false]);
  for (const key of ['onParse', 'onProblem', 'postHref'] as const) requireFunction(fn, `options.${key}`, options[key]);
  return options;
}
