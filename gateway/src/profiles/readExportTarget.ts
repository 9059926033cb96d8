import { type ProfileFormat } from './ProfileDocument';

export const PROFILES_PATH = '/profiles/';

const NOMINAL_ID = /^NOM-\d{5,9}$/;
const FORMATS: readonly ProfileFormat[] = ['pdf', 'docx'];

/** What `/profiles/<nominalId>.<format>` asks for, or why it cannot be read. */
export type ExportTarget =
  | { ok: true; nominalId: string; format: ProfileFormat }
  | { ok: false; message: string };

/**
 * Reads the export path. Only the shapes below are accepted; nothing in the
 * path is decoded or passed on unchecked, and the message never echoes it.
 */
export function readExportTarget(path: string): ExportTarget {
  const name = path.slice(PROFILES_PATH.length);
  const dot = name.lastIndexOf('.');
  const extension = dot < 0 ? '' : name.slice(dot + 1);
  const format = FORMATS.find((known) => known === extension);
  if (!format) {
    return {
      ok: false,
      message:
        'Ask for /profiles/<nominalId>.pdf or /profiles/<nominalId>.docx.',
    };
  }
  const nominalId = name.slice(0, dot);
  if (!NOMINAL_ID.test(nominalId)) {
    return {
      ok: false,
      message: 'The nominal id must look like NOM-00001.',
    };
  }
  return { ok: true, nominalId, format };
}

export const CONTENT_TYPES: Record<ProfileFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
