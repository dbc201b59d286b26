/** The Partner feature: pairing, deliberate sharing, and what the partner shared. */
export { PartnerSection } from './PartnerSection';
export { ShareFlow, type ShareFlowProps } from './ShareFlow';
