import { ShareFlow } from '../partner';

interface SharePacketStepProps {
  conversationId: string;
  entryIds: readonly string[];
  onClose: () => void;
}

/**
 * The Partner feature's own share flow, opened for this conversation with the entries chosen in
 * preparation. It previews everything and seals the packet; the conversation id travels with it,
 * so the partner's import lands on this conversation's agenda.
 */
export function SharePacketStep({ conversationId, entryIds, onClose }: SharePacketStepProps) {
  return (
    <div className="conv-share">
      <ShareFlow conversationId={conversationId} initialEntryIds={entryIds} onClose={onClose} />
    </div>
  );
}
