import { type Agency } from '@marsoc/schema';
import { type LegalBasis, listLegalBases } from '@marsoc/schema/register';
import {
  type DisclosureGrantInput,
  type DisclosureGrantRecord,
} from '../grants';
import { type SubgraphContext } from '../subgraph';
import { type DisclosureLoaders } from './createDisclosureLoaders';
import { type FigureReportRoot } from './createDisclosureRequestTypeResolvers';
import {
  type DisclosureDecisionInput,
  type DisclosureRequestInput,
  type DisclosureRequestRecord,
} from './DisclosureRequestRecord';
import { type RequestListing } from './DisclosureRequestService';
import { readDeskRegister } from './findOwnerDesks';
import { toGrantRequest, toRequestCall } from './readDeskCall';

type DeskContext = SubgraphContext<DisclosureLoaders>;

/**
 * The root fields of one owner-serving subgraph's disclosure desk. Federation
 * lets one subgraph own a root field, so each names its own: `prefix` ''
 * (the NCA/HMRC subgraph) gives requestDisclosure, disclosureRequests, ...;
 * 'Police' gives requestPoliceDisclosure, policeDisclosureRequests, ...
 * `owner`, for a subgraph of one owner, stands for the owner its inputs leave out.
 */
export interface DeskNaming {
  prefix: string;
  owner?: Agency;
}

/** The root field names a desk serves, for its schema, its audit and the console. */
export function nameDeskFields({ prefix }: Pick<DeskNaming, 'prefix'>) {
  const lower = prefix.charAt(0).toLowerCase() + prefix.slice(1);
  const noun = (name: string) =>
    lower === ''
      ? name
      : `${lower}${name.charAt(0).toUpperCase()}${name.slice(1)}`;
  return {
    recordGrant: `record${prefix}DisclosureGrant`,
    revokeGrant: `revoke${prefix}DisclosureGrant`,
    listGrants: noun('disclosureGrants'),
    raise: `request${prefix}Disclosure`,
    list: noun('disclosureRequests'),
    decide: `decide${prefix}DisclosureRequest`,
    withdraw: `withdraw${prefix}DisclosureRequest`,
    reopen: `reopen${prefix}DisclosureRequest`,
    figures: noun('disclosureRequestFigures'),
    legalBases: noun('disclosureLegalBases'),
  };
}

/**
 * The desk's Query and Mutation resolvers. The desks validate before they
 * write, so a refusal (an error listing every problem) stores nothing; what
 * they return carries its nominal, so the owner's audit names the nominal.
 * A disclosure officer lists only their own agency's grants, and anyone else
 * is refused before the store is read.
 */
export function createDisclosureDeskResolvers(naming: DeskNaming) {
  const names = nameDeskFields(naming);
  const withOwner = <Args extends object>(args: Args): Args =>
    naming.owner ? { ...args, owner: naming.owner } : args;
  return {
    Query: {
      async [names.listGrants](
        _root: unknown,
        args: { nominalId: string },
        context: DeskContext,
      ): Promise<DisclosureGrantRecord[]> {
        const { loaders } = context;
        const owner = loaders.grants.assertMayListGrants(
          toGrantRequest(context),
        );
        const grants = await loaders.disclosureGrants.load(args.nominalId);
        return grants.filter((grant) => grant.owner === owner);
      },
      [names.list]: (
        _root: unknown,
        args: RequestListing,
        context: DeskContext,
      ) =>
        context.loaders.requests.list(withOwner(args), toRequestCall(context)),
      [names.figures](
        _root: unknown,
        args: FigureReportRoot,
        context: DeskContext,
      ): FigureReportRoot {
        const question = withOwner({ ...args });
        context.loaders.requests.assertFigureQuestion(question);
        return question;
      },
      /** The owner's closed list: the register's statute list, nothing of any nominal. */
      [names.legalBases]: (): LegalBasis[] =>
        naming.owner
          ? listLegalBases(readDeskRegister().disclosureRequests, naming.owner)
          : [],
    },
    Mutation: createDeskMutations(names, withOwner),
  };
}

function createDeskMutations(
  names: ReturnType<typeof nameDeskFields>,
  withOwner: <Args extends object>(args: Args) => Args,
) {
  return {
    [names.recordGrant]: (
      _root: unknown,
      args: { input: DisclosureGrantInput },
      context: DeskContext,
    ): Promise<DisclosureGrantRecord> =>
      context.loaders.grants.record(
        withOwner(args.input),
        toGrantRequest(context),
      ),
    [names.revokeGrant]: (
      _root: unknown,
      args: { id: string; reason: string },
      context: DeskContext,
    ): Promise<DisclosureGrantRecord> =>
      context.loaders.grants.revoke(
        { id: args.id, reason: args.reason },
        toGrantRequest(context),
      ),
    [names.raise]: (
      _root: unknown,
      args: { input: DisclosureRequestInput },
      context: DeskContext,
    ): Promise<DisclosureRequestRecord> =>
      context.loaders.requests.raise(
        withOwner(args.input),
        toRequestCall(context),
      ),
    [names.decide]: (
      _root: unknown,
      args: DisclosureDecisionInput,
      context: DeskContext,
    ): Promise<DisclosureRequestRecord> =>
      context.loaders.requests.decide(args, toRequestCall(context)),
    [names.withdraw]: (
      _root: unknown,
      args: { id: string },
      context: DeskContext,
    ): Promise<DisclosureRequestRecord> =>
      context.loaders.requests.withdraw(args.id, toRequestCall(context)),
    [names.reopen]: (
      _root: unknown,
      args: { id: string; justification: string },
      context: DeskContext,
    ): Promise<DisclosureRequestRecord> =>
      context.loaders.requests.reopen(args, toRequestCall(context)),
  };
}
