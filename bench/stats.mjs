/** The median of a list of samples (the mean of the two middle ones for an even count); the list is not changed. */
export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[s.length >> 1] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
}

const now = () => process.hrtime.bigint();

// A small seeded generator (mulberry32), so the orders `measure` shuffles are the same from run to run.
function seeded(seed) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

/**
 * Runs every function of `fns` once per round, in a new shuffled order each round, so that none
 * always runs first (warm caches) or last (pending GC), and none always runs after the same
 * neighbour: a short function timed right after one that evicts its code and data from the CPU
 * caches pays for it in every sample (with a rotation, which keeps each function's predecessor,
 * re-render always came after react-markdown + Shiki and took 0.35 ms on the explainer, against
 * 0.20 ms after the pipeline). Stops after `minRounds` once `budgetMs` is spent, or at
 * `maxRounds`. Returns the median milliseconds of each function, by the wall clock
 * (process.hrtime.bigint) and by the process's CPU time (process.cpuUsage, user + system): on a
 * shared machine the wall clock also counts the time other processes held the CPU, CPU time not.
 */
export function measure(fns, { budgetMs, minRounds = 7, maxRounds = 2000, warmupRounds = 3 }) {
  const names = Object.keys(fns);
  for (let i = 0; i < warmupRounds; i++) for (const n of names) fns[n]();
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  const cpuSamples = Object.fromEntries(names.map((n) => [n, []]));
  const random = seeded(names.length * 7919 + minRounds);
  const order = [...names];
  const start = now();
  let rounds = 0;
  while (rounds < maxRounds) {
    for (let i = order.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [order[i], order[j]] = [order[j], order[i]];
    }
    for (const n of order) {
      const c0 = process.cpuUsage();
      const t0 = now();
      fns[n]();
      samples[n].push(Number(now() - t0) / 1e6);
      const c = process.cpuUsage(c0);
      cpuSamples[n].push((c.user + c.system) / 1000);
    }
    rounds++;
    if (rounds >= minRounds && Number(now() - start) / 1e6 >= budgetMs) break;
  }
  return {
    rounds,
    ms: Object.fromEntries(names.map((n) => [n, median(samples[n])])),
    cpu: Object.fromEntries(names.map((n) => [n, median(cpuSamples[n])])),
  };
}
