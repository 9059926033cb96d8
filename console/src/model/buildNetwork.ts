import { humanise } from './labels';
import { LINK_KINDS } from './networkStyle';

/** A node (a nominal) or an edge (a typed link from one agency) for cytoscape. */
export interface NetworkElement {
  data: Record<string, string>;
}

interface LinkView {
  linkType?: string | null;
  sourceAgency?: string | null;
  associate?: NominalView | null;
}

interface NominalView {
  id?: string;
  apmis?: { name?: string | null } | null;
  associates?: {
    policeLinks?: LinkView[] | null;
    prisonLinks?: LinkView[] | null;
  } | null;
}

/**
 * Nodes and edges from the associates the caller was shown, followed as deep
 * as the query asked (within the gateway's hop limit). A link the caller may
 * not see never arrived, so it never becomes an edge.
 */
export function buildNetwork(root: NominalView): NetworkElement[] {
  const nodes = new Map<string, NetworkElement>();
  const edges = new Map<string, NetworkElement>();
  const visit = (nominal: NominalView, depth: number) => {
    if (!nominal.id) return;
    if (!nodes.has(nominal.id))
      nodes.set(nominal.id, {
        data: {
          id: nominal.id,
          label: nominal.apmis?.name
            ? `${nominal.apmis.name}\n${nominal.id}`
            : nominal.id,
          depth: String(depth),
        },
      });
    const links = [
      ...(nominal.associates?.policeLinks ?? []),
      ...(nominal.associates?.prisonLinks ?? []),
    ];
    for (const link of links) {
      const target = link.associate;
      if (!target?.id) continue;
      visit(target, depth + 1);
      const agency = link.sourceAgency ?? 'UNKNOWN';
      const type = link.linkType ?? 'LINK';
      const [a, b] = [nominal.id, target.id].sort();
      const id = `${a}|${b}|${type}|${agency}`;
      if (!edges.has(id))
        edges.set(id, {
          data: {
            id,
            source: nominal.id,
            target: target.id,
            type,
            label: LINK_KINDS[type]?.name ?? humanise(type),
            agency,
          },
        });
    }
  };
  visit(root, 0);
  return [...nodes.values(), ...edges.values()];
}
