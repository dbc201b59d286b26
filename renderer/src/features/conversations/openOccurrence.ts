import type { Occurrence } from '../../../../shared/domain/conversation';
import { api } from '../../lib/api';

/** The conversation record for an occurrence, created the first time anyone opens it. */
export async function conversationIdOf(o: Pick<Occurrence, 'seriesId' | 'startsAt' | 'conversationId'>): Promise<string> {
  if (o.conversationId) return o.conversationId;
  return (await api.conversations.open({ seriesId: o.seriesId, startsAt: o.startsAt })).id;
}
