import { useId } from 'react';
import type { MetricCurves } from './metric-series';

const width = 560;
const height = 260;
const margin = { top: 16, right: 16, bottom: 40, left: 56 };
const palette = ['#2f5bd3', '#c2410c', '#1a7f37', '#8a3ffc', '#b42318', '#0e7490'];

/** Round numbers for an axis from `min` to `max`: about five of them. */
function ticks(min: number, max: number): number[] {
  if (min === max) return [min];
  const rough = (max - min) / 5;
  const magnitude = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * magnitude).find((s) => s >= rough) ?? rough;
  const values: number[] = [];
  for (let value = Math.ceil(min / step) * step; value <= max + step / 1e6; value += step) {
    values.push(Number(value.toPrecision(12)));
  }
  return values;
}

const short = (value: number) => Number(value.toPrecision(4)).toString();

/**
 * One line per metric over time (or over samples), drawn by hand in SVG with axes and a
 * legend. The same numbers are in a table below it for screen readers and for copying.
 */
export function MetricsChart({ curves, xAxis }: MetricCurves) {
  const titleId = useId();
  const entries = Object.entries(curves).filter(([, points]) => points.length > 0);
  const all = entries.flatMap(([, points]) => points);
  if (all.length === 0) return null;
  const xs = all.map((point) => point.x);
  const ys = all.map((point) => point.y);
  const [xMin, xMax] = [Math.min(...xs), Math.max(...xs)];
  const [yMin, yMax] = [Math.min(...ys), Math.max(...ys)];
  // A little room above and below, so the extremes do not sit on the frame.
  const pad = yMin === yMax ? Math.abs(yMin) * 0.1 || 1 : (yMax - yMin) * 0.06;
  const [yLow, yHigh] = [yMin - pad, yMax + pad];
  const plotWidth = width - margin.left - margin.right;
  const plotHeight = height - margin.top - margin.bottom;
  const sx = (x: number) =>
    margin.left + (xMax === xMin ? plotWidth / 2 : ((x - xMin) / (xMax - xMin)) * plotWidth);
  const sy = (y: number) => margin.top + plotHeight - ((y - yLow) / (yHigh - yLow)) * plotHeight;
  const xLabel = xAxis === 'seconds' ? 'Seconds since the first value' : 'Value number';
  return (
    <figure className="metrics-chart">
      <svg
        viewBox={`0 0 ${width} ${height}`}
        role="img"
        aria-labelledby={titleId}
        className="metrics-chart__svg"
      >
        <title
          id={titleId}
        >{`Training metrics: ${entries.map(([name]) => name).join(', ')}`}</title>
        {ticks(yLow, yHigh).map((tick) => (
          <g key={`y${tick}`}>
            <line
              x1={margin.left}
              x2={width - margin.right}
              y1={sy(tick)}
              y2={sy(tick)}
              className="metrics-chart__grid"
            />
            <text
              x={margin.left - 6}
              y={sy(tick)}
              className="metrics-chart__tick"
              textAnchor="end"
              dominantBaseline="middle"
            >
              {short(tick)}
            </text>
          </g>
        ))}
        {ticks(xMin, xMax).map((tick) => (
          <text
            key={`x${tick}`}
            x={sx(tick)}
            y={height - margin.bottom + 16}
            className="metrics-chart__tick"
            textAnchor="middle"
          >
            {short(tick)}
          </text>
        ))}
        <line
          x1={margin.left}
          x2={margin.left}
          y1={margin.top}
          y2={height - margin.bottom}
          className="metrics-chart__axis"
        />
        <line
          x1={margin.left}
          x2={width - margin.right}
          y1={height - margin.bottom}
          y2={height - margin.bottom}
          className="metrics-chart__axis"
        />
        <text
          x={margin.left + plotWidth / 2}
          y={height - 6}
          className="metrics-chart__label"
          textAnchor="middle"
        >
          {xLabel}
        </text>
        {entries.map(([name, points], index) => (
          <g
            key={name}
            stroke={palette[index % palette.length]}
            fill={palette[index % palette.length]}
          >
            <polyline
              fill="none"
              strokeWidth={2}
              points={points.map((point) => `${sx(point.x)},${sy(point.y)}`).join(' ')}
            />
            {points.length < 60 &&
              points.map((point, at) => (
                <circle key={at} cx={sx(point.x)} cy={sy(point.y)} r={2.5} />
              ))}
          </g>
        ))}
      </svg>
      <figcaption className="metrics-chart__legend">
        {entries.map(([name], index) => (
          <span key={name} className="metrics-chart__key">
            <span
              className="metrics-chart__swatch"
              style={{ background: palette[index % palette.length] }}
            />
            {name}
          </span>
        ))}
      </figcaption>
      <details className="step-drawer__details">
        <summary>Values as a table</summary>
        <table className="step-drawer__table">
          <caption className="visually-hidden">Training metric values</caption>
          <thead>
            <tr>
              <th scope="col">Metric</th>
              <th scope="col">{xLabel}</th>
              <th scope="col">Value</th>
            </tr>
          </thead>
          <tbody>
            {entries.flatMap(([name, points]) =>
              points.map((point, at) => (
                <tr key={`${name}-${at}`}>
                  <th scope="row">{name}</th>
                  <td>{short(point.x)}</td>
                  <td>{point.y}</td>
                </tr>
              )),
            )}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
