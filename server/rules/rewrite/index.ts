export { rewriteAbsatz, type AbsatzResult, type RewriteContext } from './absatz';
export { inAmendedFields, rewriteFindings, rewriteInContext, type AbsatzContext } from './document';
export { newDefects, type Defect, type DefectKind } from './wellformed';
