import { Button } from '../../ui/Button';
import { Notice } from '../../ui/Notice';
import { BackLink } from './BackLink';
import { PrepareForm } from './PrepareForm';
import { useConversation } from './useConversation';
import type { Names } from './useNames';
import type { Go } from './views';

interface PrepareViewProps {
  conversationId: string;
  names: Names;
  go: Go;
}

/** Preparing alone, in private: loads the conversation, then hands it to the form. */
export function PrepareView({ conversationId, names, go }: PrepareViewProps) {
  const { data, error, reload } = useConversation(conversationId);
  const home = () => go({ name: 'home', tab: 'upcoming' });
  if (error) {
    return (
      <div className="conv-page">
        <BackLink onBack={home} />
        <Notice tone="caution" role="alert">
          <p>{error}</p>
        </Notice>
        <div>
          <Button onClick={() => void reload()}>Try again</Button>
        </div>
      </div>
    );
  }
  if (!data) return <p className="conv-muted">Opening your preparation…</p>;
  return <PrepareForm loaded={data} names={names} go={go} />;
}
