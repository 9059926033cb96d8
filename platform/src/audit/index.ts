/**
 * Tamper-evident audit of every consultation (DPA 2018 s.62; docs/audit-design.md):
 * hash-chained records of who saw which categories of which nominal, never a
 * value, written durably before any response leaves.
 */
export * from './types';
export { AuditValidationError } from './fields';
export { parseAuditRecordInput } from './validateInput';
export { parseAuditRecord } from './parseRecord';
export { encodeCanonical } from './canonical';
export {
  GENESIS_HASH,
  GENESIS_HEAD,
  hashRecord,
  sealRecord,
  sealRecords,
  isSealIntact,
} from './chain';
export {
  CHAIN_PROBLEMS,
  verifyChain,
  type ChainFailure,
  type ChainProblem,
  type ChainVerification,
  type VerifyChainOptions,
} from './verifyChain';
export {
  type AppendOnlyFile,
  type AuditFileSystem,
  nodeAuditFileSystem,
} from './appendOnlyFile';
export { AuditLogDamagedError, type TornTailPolicy } from './chainHeadFile';
export { AuditLogLockedError } from './fileLock';
export {
  auditFileName,
  AuditWriteError,
  createFileAuditSink,
  type FileAuditSinkOptions,
} from './fileSink';
export {
  AuditRedisError,
  createAuditRedisClient,
  DEFAULT_REDIS_TIMEOUT_MS,
} from './redisClient';
export {
  chainHeadKey,
  createRedisAuditSink,
  DEFAULT_AUDIT_STREAM_KEY,
  redisChainId,
  type RedisAuditSinkOptions,
  type RedisDurability,
} from './redisSink';
export {
  createAuditSinkFromConfig,
  type AuditSinkConfig,
  type FileAuditSinkConfig,
  type RedisAuditSinkConfig,
} from './createAuditSink';
export {
  readFileAuditLog,
  type AuditSource,
  type UnreadableEntry,
} from './reader';
export {
  followFileAuditLog,
  type FollowedAuditLog,
} from './followFileAuditLog';
export { readRedisAuditLog } from './redisReader';
export {
  verifyAuditLog,
  type AuditLogReport,
  type ChainReport,
} from './verifyAuditLog';
export {
  findAccessesTo,
  type Access,
  type FindAccessesOptions,
} from './findAccessesTo';
export { formatAccessTable } from './formatAccesses';
export { disclosureAbout, nominalsOfDisclosure } from './disclosureAbout';
export { runAuditCommand, type AuditCommandIo } from './cli/runAuditCommand';
