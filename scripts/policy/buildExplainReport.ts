import { type Caller, type RequestPurpose } from '@marsoc/schema';
import { createPolicyEngine } from '@marsoc/schema/policy';
import { type Register } from '@marsoc/schema/register';
import { type SupergraphMarking } from '@marsoc/schema/supergraph-markings';
import { explainFields, type FieldExplanation } from './explainFields';
import { explainGrants, type GrantExplanation } from './explainGrants';
import { type GrantStoreReading } from './readDisclosureGrants';

export const RECORD_LEVEL_NOTE =
  'Not shown above: record-level checks are evaluated per record at query time ' +
  '(the record classification, handling code C and its conditions, originator ' +
  'consent, and the covert flag); after any grant, they can only lower a decision.';

export interface ExplainReport {
  persona: { handle: string; description: string; caller: Caller };
  purpose: RequestPurpose;
  register: { version: string; signed: readonly string[] };
  fields: FieldExplanation[];
  nominal: {
    id: string;
    /** Every owner's store, and what reading it found. */
    grantStores: {
      store: GrantStoreReading['store'];
      status: GrantStoreReading['kind'];
      location: string;
      unreadable: number;
    }[];
    grants: GrantExplanation[];
  };
  recordLevelChecks: string;
  evaluatedAt: string;
}

export interface ExplainInputs {
  persona: { handle: string; description: string; caller: Caller };
  purpose: RequestPurpose;
  /** The production register, or the what-if one. */
  register: Register;
  signed: readonly string[];
  markings: readonly SupergraphMarking[];
  nominalId: string;
  grantStores: readonly GrantStoreReading[];
  now: string;
}

/** Everything `policy explain` says, computed by the production engine. */
export function buildExplainReport(inputs: ExplainInputs): ExplainReport {
  const engine = createPolicyEngine(inputs.register);
  const decisions = explainFields(
    engine,
    inputs.persona.caller,
    inputs.purpose,
    inputs.markings,
  );
  const grants = inputs.grantStores.flatMap((store) => store.grants);
  return {
    persona: inputs.persona,
    purpose: inputs.purpose,
    register: { version: engine.registerVersion, signed: inputs.signed },
    fields: decisions.fields,
    nominal: {
      id: inputs.nominalId,
      grantStores: inputs.grantStores.map((store) => ({
        store: store.store,
        status: store.kind,
        location: store.location,
        unreadable: store.unreadable,
      })),
      grants: explainGrants(decisions, grants, inputs.now),
    },
    recordLevelChecks: RECORD_LEVEL_NOTE,
    evaluatedAt: inputs.now,
  };
}
