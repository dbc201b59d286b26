// The transformers live in shared/ so import/export in the core and typing shortcuts agree.
export { MEND_TRANSFORMERS } from '../../../shared/lexical/markdown';
