import {
  DEFAULT_REGISTER_DIRECTORY,
  parseRegister,
  readRegisterFiles,
  RegisterError,
} from '@marsoc/schema/register';
import { findForumQuorum, readForumQuorum } from '../readForumQuorum';

/** The register's files with MARSOC's forumQuorum line replaced (or removed, with ''). */
function registerWithQuorum(line: string) {
  const files = readRegisterFiles(DEFAULT_REGISTER_DIRECTORY);
  return parseRegister(
    files.map((file) =>
      file.path === 'marsoc.yaml'
        ? {
            ...file,
            text: file.text.replace(/^forumQuorum: .*$/m, line),
          }
        : file,
    ),
  );
}

describe('the forum quorum comes from the register, not from code', () => {
  it('reads the agencies the MARSOC file names: police and HMPPS, who staff the hubs', () => {
    expect(readForumQuorum()).toEqual(['POLICE', 'HMPPS']);
  });

  it('follows the file when the hubs change it', () => {
    expect(
      findForumQuorum(registerWithQuorum('forumQuorum: [POLICE, HMPPS, NCA]')),
    ).toEqual(['POLICE', 'HMPPS', 'NCA']);
  });

  it('records no decision at all when the register names no quorum, rather than the chair alone', () => {
    expect(() => findForumQuorum(registerWithQuorum(''))).toThrow(
      /names no forumQuorum/,
    );
  });

  it('refuses an agency the register does not know, naming the file and line', () => {
    expect(() => registerWithQuorum('forumQuorum: [POLICE, MI7]')).toThrow(
      RegisterError,
    );
  });
});
