export { rewriteAbsatz, type AbsatzResult, type RewriteContext } from './absatz';
export { rewriteFindings } from './document';
export { newDefects, type Defect, type DefectKind } from './wellformed';
