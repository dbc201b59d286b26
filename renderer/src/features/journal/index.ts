export { JournalSection } from './JournalSection';
