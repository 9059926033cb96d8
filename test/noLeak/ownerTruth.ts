import { type Agency, type Caller, Region } from '@marsoc/schema';
import { type InProcessSupergraph } from '../helpers/inProcessSupergraph';
import { buildFullSelection, type FieldNode } from './selectionTree';
import {
  namedTypeOf,
  returnsList,
  type SupergraphModel,
} from './supergraphModel';

/**
 * What each nominal really holds, as each owner sees its own data: the ground
 * truth that pairs are chosen from and that secrets are read from. A field's
 * value comes from its marking's owner; a key is missing where that owner's own
 * view could not say (an error, or lists that do not line up), so the suite
 * treats it as unknown, never as equal.
 */
export type Truth = Record<string, unknown>;

const OWNERS: readonly Agency[] = ['POLICE', 'HMPPS', 'NCA', 'HMRC', 'MARSOC'];
const UNKNOWN = Symbol('unknown');

function ownerCaller(agency: Agency): Caller {
  return {
    sub: `no-leak-truth-${agency.toLowerCase()}`,
    name: `Ground truth ${agency}`,
    agency,
    unit: `${agency} no-leak ground truth`,
    regions: Region.values,
    roles: ['ANALYST', 'INTELLIGENCE_OFFICER', 'OFFENDER_MANAGER', 'SRO'],
    vetting: 'DV',
  };
}

function printFull(
  model: SupergraphModel,
  nodes: readonly FieldNode[],
): string {
  return nodes
    .map((node) =>
      node.children
        ? `${node.name} { ${printFull(model, node.children)} }`
        : node.name,
    )
    .join(' ');
}

/** Marks every errored path of an answer as unknown. */
function markErrors(
  data: unknown,
  errors: readonly { path?: readonly (string | number)[] }[] | undefined,
): void {
  for (const { path } of errors ?? []) {
    if (!path || path.length === 0) continue;
    let node = data as Record<string | number, unknown> | null;
    for (const key of path.slice(0, -1)) {
      node = (node?.[key] ?? null) as Record<string | number, unknown> | null;
    }
    const last = path[path.length - 1];
    if (node && last !== undefined) node[last] = UNKNOWN;
  }
}

export async function loadOwnerTruth(
  system: InProcessSupergraph,
  model: SupergraphModel,
  nominalIds: readonly string[],
): Promise<Map<string, Truth>> {
  const full = buildFullSelection(model, 'Nominal');
  const query = `query Truth($ids: [ID!]!) { nominals(ids: $ids) { ${printFull(model, full)} } }`;
  const views = new Map<Agency, unknown[]>();
  for (const owner of OWNERS) {
    const answer = await system.query(
      ownerCaller(owner),
      {
        purpose: 'INTELLIGENCE_DEVELOPMENT',
        justification: 'Ground truth of the generated no-leak suite',
      },
      query,
      { ids: nominalIds },
    );
    markErrors(answer.data, answer.errors);
    views.set(owner, (answer.data?.nominals as unknown[] | undefined) ?? []);
  }
  const truth = new Map<string, Truth>();
  nominalIds.forEach((id, index) => {
    const byOwner = new Map<Agency, unknown>();
    for (const [owner, list] of views) byOwner.set(owner, list[index]);
    truth.set(id, mergeViews(model, 'Nominal', byOwner, 'MARSOC'));
  });
  return truth;
}

function mergeViews(
  model: SupergraphModel,
  typeName: string,
  byOwner: ReadonlyMap<Agency, unknown>,
  inherited: Agency,
): Truth {
  const merged: Truth = {};
  for (const field of Object.values(model.object(typeName).getFields())) {
    const owner =
      model.markings.get(`${typeName}.${field.name}`)?.owner ?? inherited;
    const source = byOwner.get(owner) as Record<string, unknown> | undefined;
    if (!source || !(field.name in source)) continue;
    const value = source[field.name];
    if (value === UNKNOWN) continue;
    if (value === null || typeof value !== 'object') {
      merged[field.name] = value;
      continue;
    }
    const childType = namedTypeOf(field).name;
    const children = new Map<Agency, unknown>();
    for (const [agency, view] of byOwner) {
      const child = (view as Record<string, unknown> | undefined)?.[field.name];
      if (child !== undefined && child !== UNKNOWN) children.set(agency, child);
    }
    merged[field.name] = returnsList(field)
      ? (value as unknown[]).map((item, index) => {
          const aligned = new Map<Agency, unknown>();
          for (const [agency, list] of children) {
            if (
              Array.isArray(list) &&
              list.length === (value as unknown[]).length
            )
              aligned.set(agency, list[index]);
          }
          aligned.set(owner, item);
          return item === null || typeof item !== 'object'
            ? item
            : mergeViews(model, childType, aligned, owner);
        })
      : mergeViews(model, childType, children, owner);
  }
  return merged;
}
