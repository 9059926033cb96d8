/** One bar: a label and its value. */
export interface Bar {
  label: string;
  value: number;
}

/**
 * A horizontal bar chart drawn as SVG by hand: no chart library, nothing
 * fetched, and every value printed beside its bar for those who cannot
 * compare lengths.
 */
export function BarChart(props: {
  title: string;
  bars: Bar[];
  testId?: string;
}) {
  const rowHeight = 22;
  const labelWidth = 170;
  const width = 520;
  const max = Math.max(1, ...props.bars.map((bar) => bar.value));
  const scale = (width - labelWidth - 50) / max;
  return (
    <figure class="chart" data-testid={props.testId}>
      <figcaption>{props.title}</figcaption>
      <svg
        width={width}
        height={rowHeight * props.bars.length + 4}
        role="img"
        aria-label={props.title}
      >
        {props.bars.map((bar, index) => (
          <g
            key={bar.label}
            transform={`translate(0 ${index * rowHeight + 2})`}
          >
            <text x={labelWidth - 6} y={14} text-anchor="end" font-size="12">
              {bar.label}
            </text>
            <rect
              x={labelWidth}
              y={2}
              height={rowHeight - 6}
              width={bar.value * scale}
              fill="#1d4f91"
            />
            <text x={labelWidth + bar.value * scale + 4} y={14} font-size="12">
              {bar.value}
            </text>
          </g>
        ))}
      </svg>
    </figure>
  );
}
