/** The Conversations feature: planning, preparing, holding and following up repair conversations. */
export { ConversationsSection } from './ConversationsSection';
