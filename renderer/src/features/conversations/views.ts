import type { Series, SeriesInput } from '../../../../shared/domain/conversation';

export type HomeTab = 'upcoming' | 'agreements' | 'boundaries';

/**
 * Where the person is inside Conversations. One conversation moves prepare → hold → after; the
 * home tabs hold the plan, the agreements and the boundaries.
 */
export type View =
  | { name: 'home'; tab: HomeTab; flash?: string }
  | { name: 'schedule'; draft: SeriesInput; editing: Series | null; heading: string }
  | { name: 'prepare'; conversationId: string }
  | { name: 'hold'; conversationId: string }
  | { name: 'after'; conversationId: string };

export type Go = (view: View) => void;
