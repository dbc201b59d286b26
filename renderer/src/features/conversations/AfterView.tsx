import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { AfterForm } from './AfterForm';
import { BackLink } from './BackLink';
import { useConversation } from './useConversation';
import type { Names } from './useNames';
import type { Go } from './views';

interface AfterViewProps {
  conversationId: string;
  names: Names;
  go: Go;
}

/** After the conversation: loads it, then hands it to the form. */
export function AfterView({ conversationId, names, go }: AfterViewProps) {
  const { data, error, reload, adopt } = useConversation(conversationId);
  if (error) {
    return (
      <div className="conv-page">
        <BackLink onBack={() => go({ name: 'home', tab: 'upcoming' })} />
        <Notice tone="caution" role="alert">
          <p>{error}</p>
        </Notice>
        <div>
          <Button onClick={() => void reload()}>Try again</Button>
        </div>
      </div>
    );
  }
  if (!data) return <p className="conv-muted">Opening…</p>;
  return <AfterForm loaded={data} names={names} go={go} onConversation={adopt} />;
}
