import { type ProfileFormat } from './ProfileDocument';

export const PROFILES_PATH = '/profiles/';

const NOMINAL_ID = /^NOM-\d{5,9}$/;
const FORMATS: readonly ProfileFormat[] = ['pdf', 'docx'];

/** What `/profiles/<nominalId>.<format>` asks for, or why it cannot be read. */
export type ExportTarget =
  | { ok: true; nominalId: string; format: ProfileFormat }
  | { ok: false; message: string };

/** A document route: where it starts, and what its id looks like. */
export interface DocumentRoute {
  path: string;
  id: RegExp;
  /** The id's name and an example, for the refusal: "nominal", "NOM-00001". */
  idName: string;
  idExample: string;
  idPlaceholder: string;
}

/**
 * Reads `<route.path><id>.<format>`. Only the shapes below are accepted;
 * nothing in the path is decoded or passed on unchecked, and the message
 * never echoes it. The profile export and the forum pack share it.
 */
export function readDocumentTarget(
  path: string,
  route: DocumentRoute,
):
  | { ok: true; id: string; format: ProfileFormat }
  | { ok: false; message: string } {
  const name = path.slice(route.path.length);
  const dot = name.lastIndexOf('.');
  const extension = dot < 0 ? '' : name.slice(dot + 1);
  const format = FORMATS.find((known) => known === extension);
  if (!format) {
    const asked = `${route.path}<${route.idPlaceholder}>`;
    return {
      ok: false,
      message: `Ask for ${asked}.pdf or ${asked}.docx.`,
    };
  }
  const id = name.slice(0, dot);
  if (!route.id.test(id)) {
    return {
      ok: false,
      message: `The ${route.idName} id must look like ${route.idExample}.`,
    };
  }
  return { ok: true, id, format };
}

/** Reads the export path `/profiles/<nominalId>.<format>`. */
export function readExportTarget(path: string): ExportTarget {
  const target = readDocumentTarget(path, {
    path: PROFILES_PATH,
    id: NOMINAL_ID,
    idName: 'nominal',
    idExample: 'NOM-00001',
    idPlaceholder: 'nominalId',
  });
  return target.ok
    ? { ok: true, nominalId: target.id, format: target.format }
    : target;
}

export const CONTENT_TYPES: Record<ProfileFormat, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
};
