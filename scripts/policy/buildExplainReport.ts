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
    grantStore: {
      status: GrantStoreReading['kind'];
      path: string;
      unreadable: number;
    };
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
  grantStore: GrantStoreReading;
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
  const store = inputs.grantStore;
  const grants = store.kind === 'READ' ? store.grants : [];
  return {
    persona: inputs.persona,
    purpose: inputs.purpose,
    register: { version: engine.registerVersion, signed: inputs.signed },
    fields: decisions.fields,
    nominal: {
      id: inputs.nominalId,
      grantStore: {
        status: store.kind,
        path: store.path,
        unreadable: store.kind === 'READ' ? store.unreadable : 0,
      },
      grants: explainGrants(decisions, grants, inputs.now),
    },
    recordLevelChecks: RECORD_LEVEL_NOTE,
    evaluatedAt: inputs.now,
  };
}
