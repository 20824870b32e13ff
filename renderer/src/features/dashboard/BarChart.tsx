import { useId } from 'react';

/** One bar of a {@link BarChart}: a label and its values, one per series. */
export interface Bar {
  label: string;
  values: number[];
}

/** One series of a stacked bar chart: its name and colour (a CSS value). */
export interface Series {
  name: string;
  color: string;
}

const ROW = 28;
const LABEL_WIDTH = 240;
const CHART_WIDTH = 560;

/**
 * A horizontal stacked bar chart in SVG. Accessible: the SVG has a title and
 * a description, each bar a `<title>` with its numbers, and the same numbers
 * are in a table (visually compact) for reading and for screen readers.
 */
export function BarChart(props: {
  title: string;
  description: string;
  bars: Bar[];
  series: Series[];
  /** Header of the label column of the table. */
  labelHeader: string;
  totalHeader: string;
}) {
  const titleId = useId();
  const descId = useId();
  const max = Math.max(1, ...props.bars.map((bar) => bar.values.reduce((sum, value) => sum + value, 0)));
  const scale = (CHART_WIDTH - LABEL_WIDTH - 40) / max;
  const height = props.bars.length * ROW + 8;
  const stacked = props.series.length > 1;
  return (
    <figure className="chart">
      <svg
        role="img"
        aria-labelledby={`${titleId} ${descId}`}
        viewBox={`0 0 ${CHART_WIDTH} ${height}`}
        width="100%"
        style={{ maxWidth: CHART_WIDTH }}
      >
        <title id={titleId}>{props.title}</title>
        <desc id={descId}>{props.description}</desc>
        {props.bars.map((bar, row) => {
          let x = LABEL_WIDTH;
          const y = row * ROW + 4;
          const total = bar.values.reduce((sum, value) => sum + value, 0);
          return (
            <g key={row}>
              <title>
                {`${bar.label}: ${props.series.map((series, index) => `${series.name} ${bar.values[index] ?? 0}`).join(', ')}`}
              </title>
              <text
                x={LABEL_WIDTH - 8}
                y={y + ROW / 2}
                textAnchor="end"
                dominantBaseline="middle"
                className="chart-label"
              >
                {bar.label.length > 34 ? `${bar.label.slice(0, 33)}…` : bar.label}
              </text>
              {bar.values.map((value, index) => {
                const width = value * scale;
                const rect = (
                  <rect
                    key={index}
                    x={x}
                    y={y + 4}
                    width={width}
                    height={ROW - 10}
                    fill={props.series[index]?.color}
                    rx={2}
                  />
                );
                x += width;
                return rect;
              })}
              <text x={x + 6} y={y + ROW / 2} dominantBaseline="middle" className="chart-value">
                {total}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        <ul className="chart-legend">
          {props.series.map((series) => (
            <li key={series.name}>
              <span className="legend-swatch" style={{ background: series.color }} aria-hidden="true" />
              {series.name}
            </li>
          ))}
        </ul>
      </figcaption>
      <table className="chart-table">
        <caption>{props.title}</caption>
        <thead>
          <tr>
            <th scope="col">{props.labelHeader}</th>
            {props.series.map((series) => (
              <th scope="col" key={series.name}>
                {series.name}
              </th>
            ))}
            {stacked && <th scope="col">{props.totalHeader}</th>}
          </tr>
        </thead>
        <tbody>
          {props.bars.map((bar, row) => (
            <tr key={row}>
              <th scope="row">{bar.label}</th>
              {props.series.map((series, index) => (
                <td key={series.name}>{bar.values[index] ?? 0}</td>
              ))}
              {stacked && <td>{bar.values.reduce((sum, value) => sum + value, 0)}</td>}
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
