/**
 * The wizard's screens, one component per file. Each renders one step and reports what the
 * person chose; none decides anything (the flow and the pure core do). Colours are accents
 * only: every state also reads in words or symbols, so NO_COLOR and light or dark terminals
 * lose nothing.
 */
export { keysHint } from './keys-hint.js';
export { LineInput } from './LineInput.js';
export { Frame } from './Frame.js';
export { Choose } from './Choose.js';
export type { Item } from './Choose.js';
export { QuestionScreen } from './QuestionScreen.js';
export { TYPES, Comparison } from './Comparison.js';
export { Details } from './Details.js';
export { RecommendScreen } from './RecommendScreen.js';
export { ReviewScreen } from './ReviewScreen.js';
export type { ReviewAction } from './ReviewScreen.js';
export { FolderScreen } from './FolderScreen.js';
export { OverwriteScreen } from './OverwriteScreen.js';
export { MARK, CheckLine } from './CheckLine.js';
export type { StepState } from './CheckLine.js';
export { ProgressScreen } from './ProgressScreen.js';
export { SummaryScreen } from './SummaryScreen.js';
export type { Outcome } from './SummaryScreen.js';
