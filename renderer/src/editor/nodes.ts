// The node list lives in shared/ so the core (import/export, Markdown) and the editor agree exactly.
export { MEND_EDITOR_NODES, MEND_EDITOR_NAMESPACE } from '../../../shared/lexical/nodes';
