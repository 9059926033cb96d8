import { appendFile, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createFileAuditSink } from '../fileSink';
import { followFileAuditLog } from '../followFileAuditLog';
import { readFileAuditLog } from '../reader';
import { type AuditRecordInput } from '../types';
import {
  createInput,
  createTemporaryDirectory,
  removeDirectory,
  silentLog,
} from './fixtures';

function about(nominalId: string, requestId: string): AuditRecordInput {
  return createInput({
    requestId,
    nominalIds: [nominalId],
    disclosures: [],
  });
}

describe('followFileAuditLog: the audit files read as they grow', () => {
  let directory: string;
  beforeEach(async () => {
    directory = await createTemporaryDirectory();
  });
  afterEach(() => removeDirectory(directory));

  async function writeRecords(
    service: string,
    inputs: AuditRecordInput[],
  ): Promise<void> {
    const sink = await createFileAuditSink({
      directory,
      service,
      log: silentLog,
    });
    for (const input of inputs) await sink.append({ ...input, service });
    await sink.close();
  }

  it('reads what each service appended since the last call, as a whole read would', async () => {
    const followed = followFileAuditLog(directory);
    await writeRecords('gateway', [about('N-1', 'req-1')]);
    await writeRecords('police', [about('N-2', 'req-2')]);
    expect((await followed.readRecords()).map((r) => r.requestId)).toEqual([
      'req-1',
      'req-2',
    ]);
    await writeRecords('gateway', [about('N-2', 'req-3')]);
    const whole = (await readFileAuditLog(directory)).flatMap(
      (source) => source.records,
    );
    expect(await followed.readRecords()).toEqual(whole);
    expect(whole).toHaveLength(3);
  });

  it('answers per nominal from the records naming it or disclosing about it', async () => {
    const followed = followFileAuditLog(directory);
    await writeRecords('gateway', [
      about('N-1', 'req-1'),
      createInput({ requestId: 'req-2' }), // names N-000123 and discloses about it
    ]);
    await followed.readRecords();
    await writeRecords('police', [about('N-1', 'req-3')]);
    const [first, second, none] = await followed.readRecordsAbout([
      'N-1',
      'N-000123',
      'N-unknown',
    ]);
    expect(first?.map((r) => r.requestId)).toEqual(['req-1', 'req-3']);
    expect(second?.map((r) => r.requestId)).toEqual(['req-2']);
    expect(none).toEqual([]);
  });

  it('leaves a torn last line for the next call and reads it once it is whole', async () => {
    await writeRecords('gateway', [
      about('N-1', 'req-1'),
      about('N-1', 'req-2'),
    ]);
    const path = join(directory, 'audit-gateway.jsonl');
    const text = await readFile(path, 'utf8');
    const [line1, line2] = text.split('\n');
    await writeFile(path, `${line1}\n${line2?.slice(0, 40)}`);
    const followed = followFileAuditLog(directory);
    expect((await followed.readRecords()).map((r) => r.requestId)).toEqual([
      'req-1',
    ]);
    await appendFile(path, `${line2?.slice(40)}\n`);
    expect((await followed.readRecords()).map((r) => r.requestId)).toEqual([
      'req-1',
      'req-2',
    ]);
  });

  it('skips a malformed whole line and goes on reading after it', async () => {
    await writeRecords('gateway', [about('N-1', 'req-1')]);
    const path = join(directory, 'audit-gateway.jsonl');
    const followed = followFileAuditLog(directory);
    await followed.readRecords();
    const good = (await readFile(path, 'utf8')).split('\n')[0];
    await appendFile(path, `{"not":"a record"}\n${good}\n`);
    expect(await followed.readRecords()).toHaveLength(2);
  });

  it('reads a replaced or shortened file afresh, and forgets a removed one', async () => {
    await writeRecords('gateway', [
      about('N-1', 'req-1'),
      about('N-1', 'req-2'),
    ]);
    await writeRecords('police', [about('N-1', 'req-3')]);
    const followed = followFileAuditLog(directory);
    expect(await followed.readRecords()).toHaveLength(3);
    const path = join(directory, 'audit-gateway.jsonl');
    const [first] = (await readFile(path, 'utf8')).split('\n');
    await writeFile(join(directory, 'replacement'), `${first}\n`);
    await rename(join(directory, 'replacement'), path);
    const [onlyFirst] = await followed.readRecordsAbout(['N-1']);
    expect(onlyFirst?.map((r) => r.requestId)).toEqual(['req-1', 'req-3']);
    await rename(
      join(directory, 'audit-police.jsonl'),
      join(directory, 'kept'),
    );
    expect((await followed.readRecords()).map((r) => r.requestId)).toEqual([
      'req-1',
    ]);
  });

  it('adds each appended record once when calls overlap', async () => {
    const followed = followFileAuditLog(directory);
    await writeRecords(
      'gateway',
      Array.from({ length: 20 }, (_, index) => about('N-1', `req-${index}`)),
    );
    const answers = await Promise.all([
      followed.readRecordsAbout(['N-1']),
      followed.readRecordsAbout(['N-1']),
      followed.readRecords(),
    ]);
    expect(answers[0][0]).toHaveLength(20);
    expect(answers[1][0]).toHaveLength(20);
    expect(answers[2]).toHaveLength(20);
  });

  it('refuses, rather than answering "nobody", when the directory is missing', async () => {
    await expect(
      followFileAuditLog(join(directory, 'missing')).readRecords(),
    ).rejects.toThrow('no audit log directory');
  });
});
