import type { SectionId } from './sections';

export interface EmptyState {
  heading: string;
  body: string;
  /** What will live here, in a few words each. */
  facets: string[];
}

/** What each section will hold, said plainly until it does. */
export const EMPTY_STATES: Record<Exclude<SectionId, 'settings'>, EmptyState> = {
  journal: {
    heading: 'Your private entries will live here',
    body: 'Feelings, setbacks and small recoveries — written for you, as honestly as you like. Only you can read them.',
    facets: ['Feelings and moods', 'Setbacks', 'Small recoveries'],
  },
  conversations: {
    heading: 'Your repair conversations will live here',
    body: 'The times you set aside to talk, how you’d each like to prepare, the pause rule for when things get too heated, and the agreements you reach together.',
    facets: ['Scheduled conversations', 'Preparation', 'Pause rule', 'Agreements'],
  },
  partner: {
    heading: 'Pairing with your partner will live here',
    body: 'Connect your journal with your partner’s and keep a clear record of what you chose to share. Nothing is ever shared by default — you pick each entry and see exactly what they will receive.',
    facets: ['Pairing', 'What you shared', 'What they shared'],
  },
  progress: {
    heading: 'A gentle view of your progress will live here',
    body: 'Moods and moments of repair across the months, so you can both see the slow change that’s hard to notice day to day. No streaks and no scores.',
    facets: ['Moods over time', 'Moments of repair', 'Months, not days'],
  },
};
