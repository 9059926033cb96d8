import { requestHeaders } from './requestHeaders';
import { type Session } from './types';

export type ExportFormat = 'pdf' | 'docx';

/** A document the gateway made, downloaded, or the gateway's words when it refused. */
export type DownloadResult =
  { ok: true; fileName: string } | { ok: false; message: string };

/** Fetches the Subject Profile export as a download (see downloadDocument). */
export function downloadExport(
  session: Session,
  nominalId: string,
  format: ExportFormat,
): Promise<DownloadResult> {
  return downloadDocument(
    session,
    `/profiles/${encodeURIComponent(nominalId)}.${format}`,
    `subject-profile-${nominalId}.${format}`,
  );
}

/**
 * Fetches a document the gateway makes (a Subject Profile, a forum pack)
 * with the session's headers (a plain link could not carry them) and hands
 * the file to the browser as a download. Resolves with the server's own
 * words when it refuses.
 */
export async function downloadDocument(
  session: Session,
  path: string,
  fileName: string,
): Promise<DownloadResult> {
  const response = await fetch(path, { headers: requestHeaders(session) });
  if (!response.ok) return { ok: false, message: await readRefusal(response) };
  const url = URL.createObjectURL(await response.blob());
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.appendChild(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return { ok: true, fileName };
}

async function readRefusal(response: Response): Promise<string> {
  const text = await response.text();
  try {
    const body = JSON.parse(text) as {
      error?: string;
      errors?: { message?: string }[];
    };
    const message = body.errors?.[0]?.message ?? body.error;
    if (message) return `${message} (${response.status})`;
  } catch {
    // Not JSON: fall through to the status alone.
  }
  return `The export was refused (${response.status}).`;
}
