// The blog's own <Chart>, for posts that write `<Chart title unit points={[{ label, value }]} />` in
// MDX. The post holds the numbers as data, read without running the post; this component decides
// how they look. Its props come from a post, so it checks them: it shows what it can, never throws.

interface Point {
  label: string;
  value: number;
}

const isPoint = (p: unknown): p is Point =>
  typeof p === 'object' && p !== null && typeof (p as Point).label === 'string' && Number.isFinite((p as Point).value);

/** A bar for each point, the longest bar for the largest value, the numbers written beside them. */
export function Chart({ title, unit, points }: { title?: unknown; unit?: unknown; points?: unknown }) {
  const rows = Array.isArray(points) ? points.filter(isPoint) : [];
  const max = Math.max(0, ...rows.map((p) => p.value));
  const suffix = typeof unit === 'string' && unit ? ` ${unit}` : '';
  return (
    <figure className="blog-chart">
      {typeof title === 'string' && <figcaption>{title}</figcaption>}
      <ul>
        {rows.map((p, i) => (
          <li key={i}>
            <span>{p.label}</span>
            <span className="blog-chart-bar" style={{ inlineSize: `${max > 0 ? (Math.max(0, p.value) / max) * 100 : 0}%` }} />
            <span>
              {p.value}
              {suffix}
            </span>
          </li>
        ))}
      </ul>
    </figure>
  );
}
