import { useState } from 'preact/hooks';
import { downloadExport, type ExportFormat } from '../api/downloadExport';
import { type Session } from '../api/types';

/** PDF and Word exports of the Subject Profile, made on the server and audited there. */
export function ExportButtons(props: { session: Session; nominalId: string }) {
  const [status, setStatus] = useState('');
  const run = async (format: ExportFormat) => {
    setStatus(`Preparing the ${format.toUpperCase()} export...`);
    try {
      const result = await downloadExport(
        props.session,
        props.nominalId,
        format,
      );
      setStatus(result.ok ? `Downloaded ${result.fileName}` : result.message);
    } catch (error) {
      setStatus(error instanceof Error ? error.message : String(error));
    }
  };
  return (
    <div class="exports">
      <button
        type="button"
        data-testid="export-pdf"
        onClick={() => void run('pdf')}
      >
        Export PDF
      </button>
      <button
        type="button"
        data-testid="export-docx"
        onClick={() => void run('docx')}
      >
        Export Word
      </button>
      <span data-testid="export-status" role="status">
        {status}
      </span>
    </div>
  );
}
