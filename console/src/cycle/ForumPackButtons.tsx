import { useState } from 'preact/hooks';
import { downloadDocument, type ExportFormat } from '../api/downloadExport';
import { type Session } from '../api/types';

/**
 * My own forum pack for a meeting I sit on, PDF or Word: made on the server
 * from what the register lets my agency see, marked and audited there
 * (docs/marsoc-cycle.md#forum-packs). Anyone else gets the gateway's refusal.
 */
export function ForumPackButtons(props: {
  session: Session;
  meetingId: string;
}) {
  const [status, setStatus] = useState('');
  const run = async (format: ExportFormat) => {
    setStatus(`Preparing your ${format.toUpperCase()} pack...`);
    try {
      const result = await downloadDocument(
        props.session,
        `/export/forum-pack/${encodeURIComponent(props.meetingId)}.${format}`,
        `forum-pack-${props.meetingId}.${format}`,
      );
      setStatus(result.ok ? `Downloaded ${result.fileName}` : result.message);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div class="exports" data-testid="forum-pack">
      <button
        type="button"
        data-testid="pack-pdf"
        onClick={() => void run('pdf')}
      >
        My forum pack (PDF)
      </button>
      <button
        type="button"
        data-testid="pack-docx"
        onClick={() => void run('docx')}
      >
        My forum pack (Word)
      </button>
      <span data-testid="pack-status" role="status">
        {status}
      </span>
    </div>
  );
}
