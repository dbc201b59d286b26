import { Notice } from '../../ui/Notice';

/**
 * Shown when a card with new keys replaced a partner's verified card. Usually harmless, so it is
 * calm; but it is the one moment a swapped card would show, so it asks plainly for a new check.
 */
export function KeyChangedNotice({ name }: { name: string }) {
  return (
    <Notice tone="caution" title={`${name}’s keys have changed`}>
      <p>
        This usually means {name} set Mend up on a new computer or reinstalled it. Rarely, it can mean someone is interfering. Before you
        share anything, compare the safety phrase together again.
      </p>
    </Notice>
  );
}
