import { createHash } from 'node:crypto';
import { type ApolloServerPlugin, type BaseContext } from '@apollo/server';
import { type OperationDefinitionNode } from 'graphql';
import { type Logger } from 'pino';
import { type CallerContext } from '@marsoc/schema';
import {
  type AuditDisclosure,
  type AuditSink,
  type ProcessingType,
} from '../audit';
import { ErrorCode } from '../errors';
import { isPurposeFreeOperation } from './isPurposeFreeOperation';
import { readAuditOutcome } from './readAuditOutcome';
import { readRefusingLimit } from './readRefusingLimit';

/** What the plugin needs to know about one request to audit it. */
export interface AuditSubject extends CallerContext {
  nominalIds: string[];
  disclosures: AuditDisclosure[];
}

export interface AuditPluginOptions<Context extends BaseContext> {
  sink: AuditSink;
  service: string;
  registerVersion: string;
  supergraphVersion: string;
  log: Logger;
  /** The processing type for a query (DISCLOSURE for an owner, COMBINATION for the gateway). */
  queryProcessing: ProcessingType;
  /**
   * Mutations that add new information (a nomination, a grant, a TPM action)
   * are COLLECTION; every other mutation is ALTERATION (DPA 2018 s.62(1)).
   */
  collectingMutations?: ReadonlySet<string>;
  describe(context: Context): AuditSubject;
}

/**
 * Writes one audit record per operation that touches nominals, and only then
 * lets the response leave: `append` resolves once the record is durable. If it
 * cannot be written the caller gets AUDIT_UNAVAILABLE and no data (fail closed).
 */
export function createAuditPlugin<Context extends BaseContext>(
  options: AuditPluginOptions<Context>,
): ApolloServerPlugin<Context> {
  return {
    requestDidStart() {
      return Promise.resolve({
        async willSendResponse({
          operation,
          source,
          operationName,
          response,
          contextValue,
        }) {
          if (operation && isPurposeFreeOperation(operation)) return;
          if (response.body.kind !== 'single') return;
          const result = response.body.singleResult;
          const subject = options.describe(contextValue);
          try {
            await options.sink.append({
              time: new Date().toISOString(),
              requestId: subject.requestId,
              service: options.service,
              actor: {
                ...subject.caller,
                regions: [...subject.caller.regions],
                roles: [...subject.caller.roles],
              },
              purpose: subject.purpose?.purpose ?? null,
              justification: subject.purpose?.justification ?? null,
              operationName: operationName ?? null,
              operationHash: createHash('sha256')
                .update(source ?? '')
                .digest('hex'),
              processing: readProcessing(operation, options),
              nominalIds: subject.nominalIds,
              disclosures: subject.disclosures,
              registerVersion: options.registerVersion,
              supergraphVersion: options.supergraphVersion,
              outcome: readAuditOutcome({
                operation,
                data: result.data,
                errors: result.errors,
                disclosures: subject.disclosures,
              }),
              ...readRefusingLimit(result.errors),
            });
          } catch (error) {
            options.log.error(
              { err: error, requestId: subject.requestId },
              'audit record not written; answer withheld',
            );
            response.body.singleResult = {
              errors: [
                {
                  message:
                    'The access audit could not be written, so no data is returned.',
                  extensions: { code: ErrorCode.AUDIT_UNAVAILABLE },
                },
              ],
            };
            response.http.status = 503;
          }
        },
      });
    },
  };
}

function readProcessing<Context extends BaseContext>(
  operation: OperationDefinitionNode | undefined,
  options: AuditPluginOptions<Context>,
): ProcessingType {
  if (operation?.operation !== 'mutation') return options.queryProcessing;
  const collects = operation.selectionSet.selections.some(
    (selection) =>
      selection.kind === 'Field' &&
      options.collectingMutations?.has(selection.name.value),
  );
  return collects ? 'COLLECTION' : 'ALTERATION';
}
