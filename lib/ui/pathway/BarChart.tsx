// A small bar chart people can look at, with the same numbers as a table beside it and a one-line
// summary (issue 10: "each with its data table beside it and a text summary"). The SVG is one
// image to screen readers (role="img" with the summary as its name); the table carries the data.
export interface ChartRow {
  label: string;
  value: number;
  /** What the table shows for the value, e.g. "3" or "4 min 10 s". */
  shown: string;
}

interface BarChartProps {
  title: string;
  summary: string;
  labelHeader: string;
  valueHeader: string;
  rows: ChartRow[];
}

const BAR = 18;
const GAP = 6;
const LABEL_W = 110;
const WIDTH = 360;

export function BarChart({ title, summary, labelHeader, valueHeader, rows }: BarChartProps) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const height = rows.length * (BAR + GAP) + GAP;
  return (
    <figure class="ck-chart">
      <figcaption>
        <strong>{title}</strong>
        <p class="ck-muted ck-chart__summary">{summary}</p>
      </figcaption>
      <div class="ck-chart__body">
        <svg
          class="ck-chart__svg"
          role="img"
          aria-label={summary}
          viewBox={`0 0 ${WIDTH} ${height}`}
          width={WIDTH}
          height={height}
        >
          {rows.map((row, i) => {
            const y = GAP + i * (BAR + GAP);
            const w = ((WIDTH - LABEL_W - 72) * row.value) / max;
            return (
              <g key={row.label}>
                <text x={LABEL_W - 6} y={y + BAR - 5} text-anchor="end" class="ck-chart__label">
                  {row.label.length > 14 ? `${row.label.slice(0, 13)}…` : row.label}
                </text>
                <rect
                  x={LABEL_W}
                  y={y}
                  width={Math.max(row.value > 0 ? 2 : 0, w)}
                  height={BAR}
                  rx={3}
                  class="ck-chart__bar"
                />
                <text x={LABEL_W + w + 4} y={y + BAR - 5} class="ck-chart__value">
                  {row.shown}
                </text>
              </g>
            );
          })}
        </svg>
        <table class="ck-chart__table">
          <thead>
            <tr>
              <th scope="col">{labelHeader}</th>
              <th scope="col">{valueHeader}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.label}>
                <th scope="row">{row.label}</th>
                <td>{row.shown}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
