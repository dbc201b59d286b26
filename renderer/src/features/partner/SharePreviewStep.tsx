import { useEffect, useState } from 'react';
import type { SharePreview, ShareRequest } from '../../../../shared/contract';
import { api } from '../../lib/api';
import { Button } from '../../ui/Button';
import { LockIcon } from '../../ui/Icons';
import { Notice } from '../../ui/Notice';
import { entriesCount } from './format';
import { SharedEntryCard } from './SharedEntryCard';
import { useExplain } from './useExplain';

interface SharePreviewStepProps {
  request: ShareRequest;
  partnerName: string;
  onBack: () => void;
  onSent: (packetId: string) => void;
}

/**
 * Step three: the core's own snapshot of the packet (the same function that fills it), shown with
 * the same cards the partner's Mend uses. Nothing leaves until "Seal and save packet".
 */
export function SharePreviewStep({ request, partnerName, onBack, onSent }: SharePreviewStepProps) {
  const explain = useExplain();
  const [preview, setPreview] = useState<SharePreview | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [sending, setSending] = useState(false);
  const [status, setStatus] = useState('');

  useEffect(() => {
    let alive = true;
    api.share
      .preview(request)
      .then((p) => alive && setPreview(p))
      .catch((e: unknown) => alive && setError(explain(e)));
    return () => {
      alive = false;
    };
  }, [request, explain]);

  async function send() {
    setSending(true);
    setError(null);
    setStatus('');
    try {
      const r = await api.share.send(request);
      if (r.saved && r.packetId) onSent(r.packetId);
      else setStatus('The packet wasn’t saved, so nothing was shared. You can try again when you’re ready.');
    } catch (e) {
      setError(explain(e));
    } finally {
      setSending(false);
    }
  }

  const name = preview?.partnerName ?? partnerName;
  return (
    <div className="share-step">
      {preview ? (
        <div className="share-preview" data-testid="share-preview">
          <p className="share-preview__frame">
            From {preview.senderName || 'you'} to {name} · {entriesCount(preview.entries.length)}
          </p>
          <ul className="share-preview__list" aria-label={`What ${name} will see`}>
            {preview.entries.map((entry) => (
              <li key={entry.sharedId}>
                <SharedEntryCard entry={entry} senderName={preview.senderName} />
              </li>
            ))}
          </ul>
        </div>
      ) : error ? null : (
        <p className="partner-muted" role="status">
          Preparing the preview…
        </p>
      )}

      {error ? (
        <Notice tone="caution" role="alert">
          <p>{error}</p>
        </Notice>
      ) : null}

      <div className="share-seal">
        <p className="share-seal__recall">Once your partner has this file, it cannot be recalled.</p>
        <p className="share-seal__how">
          Sealing locks the packet so only {name}’s Mend can open it. You’ll choose where to save the file, then send it to {name} yourself.
        </p>
        <p className="partner-status-line" role="status">
          {status}
        </p>
        <div className="button-row">
          <Button variant="quiet" onClick={onBack} disabled={sending}>
            Back
          </Button>
          <Button variant="primary" onClick={send} disabled={sending || preview === null}>
            <LockIcon size={18} /> {sending ? 'Sealing…' : 'Seal and save packet'}
          </Button>
        </div>
      </div>
    </div>
  );
}
