import { closeSync, linkSync, mkdirSync, openSync, readFileSync, renameSync, statSync, unlinkSync, writeSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A lock held longer than this is taken to be left behind by a process that hangs or runs on
 * another machine (whose pid cannot be checked): one post's parse never takes near this long.
 */
const STALE_MS = 60_000;

/** What trying a post's lock gave: this load holds it, another load does, or locks cannot be made here. */
export type LockState = 'mine' | 'held' | 'none';

const alive = (pid: number) => {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
};

/**
 * One lock file a post, beside its cache entry, so that loads of one folder with one `cacheDir`
 * running at once (Next.js's static build runs pages in several processes, each calling loadPosts)
 * share the parsing: the load that creates a post's lock (`open` with `wx`, which only one can do)
 * parses it, writes its entry (atomically, by rename) and removes the lock; another load that finds
 * the lock parses the posts no one holds first, then reads the entry when it appears. A lock whose
 * holder is gone (its pid no longer runs on this host, or it is older than a minute) is taken over.
 *
 * The locks only save work: correctness rests on the entries, each written whole and checked
 * against its key when read. At worst, as when two loads take over one stale lock at once, a post
 * is parsed twice.
 */
export class PostLocks {
  private readonly owner = `${process.pid}\n${os.hostname()}\n`;

  constructor(private readonly lockFile: (file: string) => string) {}

  /** Tries to take `file`'s lock: `'mine'` to parse it, `'held'` when another load parses it. */
  acquire(file: string): LockState {
    const lock = this.lockFile(file);
    for (let attempt = 0; attempt < 2; attempt++) {
      const made = this.create(lock);
      if (made !== 'held') return made;
      if (!this.takeOverStale(lock)) return 'held';
    }
    return 'held';
  }

  release(file: string): void {
    try {
      unlinkSync(this.lockFile(file));
    } catch {
      // Already taken over as stale, or the folder went away: nothing of ours is left to remove.
    }
  }

  private create(lock: string): LockState {
    for (let attempt = 0; attempt < 2; attempt++) {
      try {
        const fd = openSync(lock, 'wx');
        try {
          writeSync(fd, `${this.owner}${Date.now()}\n`);
        } finally {
          closeSync(fd);
        }
        return 'mine';
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EEXIST') return 'held';
        if (code !== 'ENOENT' || attempt > 0) return 'none';
        try {
          mkdirSync(path.dirname(lock), { recursive: true });
        } catch {
          return 'none';
        }
      }
    }
    return 'none';
  }

  /** Removes `lock` when its holder is gone; true when it did (or the lock went meanwhile). */
  private takeOverStale(lock: string): boolean {
    const seen = this.read(lock);
    if (seen === undefined) return true;
    if (!this.isStale(seen, lock)) return false;
    // Moved aside rather than removed, so that a lock another load made in the meantime is given back.
    const aside = `${lock}.${process.pid}.stale`;
    try {
      renameSync(lock, aside);
    } catch {
      return true;
    }
    if (this.read(aside) !== seen) {
      try {
        linkSync(aside, lock);
      } catch {
        // Someone holds the lock again: the post may be parsed twice, which is harmless.
      }
    }
    try {
      unlinkSync(aside);
    } catch {
      // Gone already.
    }
    return true;
  }

  private read(lock: string): string | undefined {
    try {
      return readFileSync(lock, 'utf8');
    } catch {
      return undefined;
    }
  }

  private isStale(text: string, lock: string): boolean {
    const [pid, host, time] = text.split('\n');
    if (!time) {
      // Half written (its holder between open and write, or stopped there): only its age tells.
      try {
        return Date.now() - statSync(lock).mtimeMs > STALE_MS;
      } catch {
        return true;
      }
    }
    if (Date.now() - Number(time) > STALE_MS) return true;
    return host === os.hostname() && Number.isInteger(Number(pid)) && !alive(Number(pid));
  }
}
