import { useState, type DragEvent } from 'react';
import { MAX_PACKET_BYTES } from '../../../../shared/domain/share';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { FolderIcon } from '../../ui/Icons';
import { Notice } from '../../ui/Notice';
import { bytesToBase64 } from './base64';
import { failedOutcome, importedOutcome, type ImportOutcome } from './importOutcome';
import { useExplain } from './useExplain';

interface ReceivePanelProps {
  partnerName: string;
  /** After a packet was imported, so the list below can show what arrived. */
  onImported: () => void;
}

/**
 * Opening a packet: through the system's file dialog, or by dropping the file here. Either way
 * the core checks everything (sender, seal, expiry, replays) and imports all of it or nothing.
 */
export function ReceivePanel({ partnerName, onImported }: ReceivePanelProps) {
  const explain = useExplain();
  const [busy, setBusy] = useState(false);
  const [over, setOver] = useState(false);
  const [outcome, setOutcome] = useState<ImportOutcome | null>(null);

  async function attempt(run: () => Promise<{ cancelled: boolean; imported: number; from: string | null }>) {
    setBusy(true);
    setOutcome(null);
    try {
      const r = await run();
      if (r.cancelled) return;
      setOutcome(importedOutcome(r.imported, r.from));
      onImported();
    } catch (e) {
      const message = explain(e);
      if (message !== null) setOutcome(failedOutcome(e, message));
    } finally {
      setBusy(false);
    }
  }

  function importFile(file: File) {
    // Refused before reading: a huge file is never a packet, and reading it would only cost memory.
    if (file.size > MAX_PACKET_BYTES) {
      setOutcome({
        tone: 'caution',
        title: 'This file wasn’t opened',
        message: 'It is too large to be a Mend share packet (over 8 MB). Nothing was imported.',
      });
      return;
    }
    void attempt(async () => {
      const data = bytesToBase64(new Uint8Array(await file.arrayBuffer()));
      return api.share.importPacketData({ name: file.name.slice(0, 255), data });
    });
  }

  function onDragOver(e: DragEvent) {
    if (!e.dataTransfer.types.includes('Files')) return;
    e.preventDefault();
    e.dataTransfer.dropEffect = 'copy';
    setOver(true);
  }

  function onDrop(e: DragEvent) {
    e.preventDefault();
    setOver(false);
    if (busy) return;
    const files = [...e.dataTransfer.files];
    if (files.length === 0) return;
    if (files.length > 1) {
      setOutcome({ tone: 'rest', title: 'One packet at a time', message: 'Drop a single .mendpacket file, and then the next.' });
      return;
    }
    importFile(files[0]!);
  }

  return (
    <div className="receive">
      <div
        className="receive__drop"
        data-over={over || undefined}
        data-testid="packet-drop-zone"
        onDragOver={onDragOver}
        onDragEnter={onDragOver}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
        aria-busy={busy}
      >
        <p className="receive__drop-title">Open what {partnerName} sent you</p>
        <p className="receive__drop-text">
          Drop a <span className="receive__ext">.mendpacket</span> file here, or choose it from your computer.
        </p>
        <Button variant="primary" onClick={() => void attempt(() => api.share.importPacket({}))} disabled={busy}>
          <FolderIcon size={18} /> Open a packet from {partnerName}…
        </Button>
      </div>
      <div className="receive__result" aria-live="polite">
        {busy ? <p className="partner-muted">Opening the packet…</p> : null}
        {outcome ? (
          <Notice tone={outcome.tone} title={outcome.title}>
            <p>{outcome.message}</p>
          </Notice>
        ) : null}
      </div>
    </div>
  );
}
