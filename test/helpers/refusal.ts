import { expect } from 'vitest';
import { PostParseError } from '../../src/post/errors.js';

/** Runs `run` and returns the PostParseError it throws; fails the test when it throws anything else or nothing. */
export function refusal(run: () => unknown): PostParseError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PostParseError);
    return error as PostParseError;
  }
  throw new Error('expected a PostParseError');
}
