import { useText } from '../../shell/i18n';

const TEXT = { empty: { vi: 'Chưa có số liệu.', en: 'No data yet.' } };

/** Colours of the series, each at least 4.5:1 against white; the legend names each one. */
const COLOURS = ['#0b4f8a', '#1d5e2f', '#8a3b00', '#5b2a86'];
const WIDTH = 640;
const LABEL_WIDTH = 200;
const VALUE_WIDTH = 44;
const BAR = 13;
const GAP = 8;
const LABEL_CHARS = 30;

interface ChartSeries {
  name: string;
  values: readonly number[];
}

/**
 * Horizontal bars, one group per category and one bar per series, each bar with its value
 * written beside it. Screen readers get the caption and every value in the description.
 */
export function BarChart(props: {
  id: string;
  caption: string;
  categories: readonly string[];
  series: readonly ChartSeries[];
}) {
  const t = useText(TEXT);
  const { categories, series } = props;
  const max = Math.max(1, ...series.flatMap((s) => s.values));
  const groupHeight = series.length * BAR + GAP;
  const legendHeight = series.length > 1 ? 24 : 0;
  const height = legendHeight + categories.length * groupHeight + GAP;
  const scale = (WIDTH - LABEL_WIDTH - VALUE_WIDTH) / max;
  const description = categories
    .map((c, i) => `${c}: ${series.map((s) => `${s.name} ${s.values[i] ?? 0}`).join(', ')}`)
    .join('; ');
  return (
    <figure class="chart" style={{ margin: '0 0 1rem' }}>
      <figcaption id={`${props.id}-caption`}>{props.caption}</figcaption>
      {categories.length === 0 ? (
        <p class="empty">{t.empty}</p>
      ) : (
        <svg
          viewBox={`0 0 ${WIDTH} ${height}`}
          width="100%"
          style={{ maxWidth: `${WIDTH * 1.2}px`, display: 'block' }}
          role="img"
          aria-labelledby={`${props.id}-caption ${props.id}-desc`}
        >
          <desc id={`${props.id}-desc`}>{description}</desc>
          {series.length > 1 &&
            series.map((s, k) => (
              <g key={s.name} transform={`translate(${LABEL_WIDTH + k * 150}, 4)`}>
                <rect width="12" height="12" fill={COLOURS[k % COLOURS.length]} />
                <text x="18" y="11" font-size="13" fill="#1b1f24">
                  {s.name}
                </text>
              </g>
            ))}
          {categories.map((category, i) => {
            const top = legendHeight + i * groupHeight + GAP / 2;
            const short =
              category.length > LABEL_CHARS ? `${category.slice(0, LABEL_CHARS - 1)}…` : category;
            return (
              <g key={category}>
                <text
                  x={LABEL_WIDTH - 8}
                  y={top + (series.length * BAR) / 2 + 4}
                  text-anchor="end"
                  font-size="13"
                  fill="#1b1f24"
                >
                  <title>{category}</title>
                  {short}
                </text>
                {series.map((s, k) => {
                  const value = s.values[i] ?? 0;
                  const y = top + k * BAR;
                  return (
                    <g key={s.name}>
                      <rect
                        x={LABEL_WIDTH}
                        y={y}
                        width={Math.max(value * scale, value > 0 ? 2 : 0)}
                        height={BAR - 2}
                        fill={COLOURS[k % COLOURS.length]}
                      >
                        <title>{`${category} · ${s.name}: ${value}`}</title>
                      </rect>
                      <text
                        x={LABEL_WIDTH + value * scale + 4}
                        y={y + BAR - 4}
                        font-size="12"
                        fill="#1b1f24"
                      >
                        {value}
                      </text>
                    </g>
                  );
                })}
              </g>
            );
          })}
        </svg>
      )}
    </figure>
  );
}
