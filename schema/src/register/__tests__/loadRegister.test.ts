import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { BASE_CATEGORIES } from '../../vocabulary';
import { loadRegister, readRegisterFiles } from '../loadRegister';
import { parseRegister } from '../parseRegister';
import { RegisterError } from '../RegisterError';
import { makeFiles } from './fixtures';

describe('the shipped register (schema/register)', () => {
  const register = loadRegister();

  it('records the police-HMPPS MoU and the draft MARSOC ISA (M51, M219, E603)', () => {
    expect(register.agreements.get('POLICE_HMPPS_MOU')?.status).toBe('MOU');
    expect(register.agreements.get('MARSOC_ISA')?.status).toBe('DRAFT');
  });

  it('declares every base category plus aggregates and the NCA deconfliction flag', () => {
    const declared = [...register.categories.keys()];
    expect(declared).toEqual(
      expect.arrayContaining([
        ...BASE_CATEGORIES,
        'AGGREGATES',
        'NCA_DECONFLICTION',
      ]),
    );
    expect(register.categories.get('AGGREGATES')?.owners).toEqual(['MARSOC']);
  });

  it('has a file and a route for every owner, and forbids HMRC summaries', () => {
    expect([...register.owners.keys()].sort()).toEqual([
      'HMPPS',
      'HMRC',
      'MARSOC',
      'NCA',
      'POLICE',
    ]);
    for (const owner of register.owners.values())
      expect(owner.route.length).toBeGreaterThan(20);
    expect(register.owners.get('HMRC')?.forbiddenLevels).toEqual(['SUMMARY']);
  });

  it('cites a seed line or a statute for every rule', () => {
    for (const rule of register.rules) {
      expect(rule.source).toMatch(
        /seed 00\d [EM]\d+|Act 20\d\d|DPA 2018|CRCA 2005/,
      );
    }
  });

  it('has a version that is the SHA-256 of its files and is stable across loads', () => {
    expect(register.version).toMatch(/^[0-9a-f]{64}$/);
    expect(loadRegister().version).toBe(register.version);
  });
});

describe('register versions', () => {
  it('do not depend on the order files are given in', () => {
    const files = makeFiles();
    expect(parseRegister([...files].reverse()).version).toBe(
      parseRegister(files).version,
    );
  });

  it('change when any file changes', () => {
    const files = makeFiles();
    const edited = files.map((file) =>
      file.path === 'hmpps.yaml'
        ? { ...file, text: `${file.text}# a comment\n` }
        : file,
    );
    expect(parseRegister(edited).version).not.toBe(
      parseRegister(files).version,
    );
  });
});

describe('loadRegister', () => {
  it('reads the YAML files of a directory and ignores other files', () => {
    const directory = mkdtempSync(join(tmpdir(), 'register-'));
    try {
      for (const file of makeFiles())
        writeFileSync(join(directory, file.path), file.text);
      writeFileSync(join(directory, 'README.md'), '# not a register file');
      expect(
        readRegisterFiles(directory).map((file) => file.path),
      ).not.toContain('README.md');
      expect(loadRegister(directory).version).toBe(
        parseRegister(makeFiles()).version,
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });

  it('refuses a directory whose files do not validate, naming the file', () => {
    const directory = mkdtempSync(join(tmpdir(), 'register-'));
    try {
      for (const file of makeFiles())
        writeFileSync(join(directory, file.path), file.text);
      writeFileSync(
        join(directory, 'dwp.yaml'),
        'owner: DWP\nroute: r\nrules: {}\n',
      );
      expect(() => loadRegister(directory)).toThrow(RegisterError);
      expect(() => loadRegister(directory)).toThrow(
        'dwp.yaml:3: rules must be a list',
      );
    } finally {
      rmSync(directory, { recursive: true, force: true });
    }
  });
});
