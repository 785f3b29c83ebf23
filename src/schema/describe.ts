// The cell table lives in src/layout/cells.ts (no zod); these are its public names.
export { type CellEntry, cellsOf, describeCell } from "../layout/cells.js";
