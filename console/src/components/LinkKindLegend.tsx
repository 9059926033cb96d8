import { LINK_KINDS } from '../model/networkStyle';

const LINE = { x1: 0, x2: 36, stroke: '#455a64', 'stroke-width': 2 };

/** What each line in the network means: one per kind of link. */
export function LinkKindLegend() {
  return (
    <ul class="legend" data-testid="link-kinds">
      {Object.entries(LINK_KINDS).map(([type, kind]) => (
        <li key={type}>
          <svg width="36" height="10" aria-hidden="true">
            {kind.lineStyle === 'double' ? (
              <>
                <line {...LINE} y1={3} y2={3} stroke-width={1} />
                <line {...LINE} y1={7} y2={7} stroke-width={1} />
              </>
            ) : (
              <line
                {...LINE}
                y1={5}
                y2={5}
                stroke-dasharray={DASHES[kind.lineStyle]}
              />
            )}
          </svg>{' '}
          {kind.name}
        </li>
      ))}
    </ul>
  );
}

const DASHES: Readonly<Record<string, string | undefined>> = {
  solid: undefined,
  dashed: '6 4',
  dotted: '2 3',
};
