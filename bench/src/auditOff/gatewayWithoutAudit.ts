/**
 * Bench only: our gateway started exactly as its entry starts it, but with a
 * sink that writes nothing, to price the audit.
 */
import { startGateway } from '@marsoc/gateway';
import { createNoopAuditSink } from './noopAuditSink';

startGateway(process.env, { auditSink: createNoopAuditSink('gateway') }).catch(
  (error: unknown) => {
    console.error('bench gateway without audit could not start:', error);
    process.exit(1);
  },
);
