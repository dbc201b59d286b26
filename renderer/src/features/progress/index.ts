/** The Progress feature: pictures of the months, a month in review, and "On this day" for the journal. */
export { ProgressSection } from './ProgressSection';
export { OnThisDay, type OnThisDayProps } from './OnThisDay';
