/**
 * The field-by-field mapping between the 2019 and 2021 formats,
 * as data. The migration code and docs/migration.md are both driven by it.
 */
import {
  APPLICANT_KEYS,
  ARTICLE_20_BLOCKS,
  NOT_PROCESSED_ROWS,
  OTHER_HANDLING_ROWS_2021,
  OUTCOME_COLUMNS,
  OUTCOME_ROWS,
  PROACTIVE_COLUMNS_2019,
  PROACTIVE_COLUMNS_2021,
  PROACTIVE_ROWS,
  UNABLE_ROWS,
  WITHHELD_ROWS,
} from "../layout/labels.js";
import type { Bilingual } from "../rules/types.js";
import type { Format } from "../schema/report.js";
import type { LossReason } from "./reasons.js";

/** How faithful one direction of a mapping is (the mapping legend). */
export type MappingKind = "exact" | "renamed" | "derived" | "lossy" | "impossible";

/**
 * What the migration does in one direction:
 * `copy` (1 source → 1 target, value unchanged), `drop` (sources, no target),
 * `blank` (targets set to `null`; sources, if any, not carried),
 * `sum` (n sources → 1 target, the sum; `null` if any part is `null`),
 * `split` (1 source → n targets: the last gets the value, the others 0; all `null` when the source is `null`).
 */
export type MappingOperation = "copy" | "drop" | "blank" | "sum" | "split";

/** One direction of a {@link MappingDeclaration}. */
export interface MappingStep {
  /** Faithfulness, as in the mapping legend. */
  readonly kind: MappingKind;
  /** What is done. */
  readonly op: MappingOperation;
  /** The reason of the ledger entries produced (none for an exact copy). Targets left `null` by `blank` always get `no-source`. */
  readonly reason?: LossReason;
  /** Why, in printed labels. */
  readonly note: Bilingual;
}

/** The two directions of a migration, named by the target format. */
export type Direction = "to2021" | "to2019";

/**
 * One row of the mapping: cells of the 2019 format ↔ cells of the 2021
 * format, and what each direction does with them.
 */
export interface MappingDeclaration {
  /** Stable id, used in docs anchors. */
  readonly id: string;
  /** Where the cells sit: table 二/三/四, report metadata or prose. */
  readonly table: "二" | "三" | "四" | "meta" | "text";
  /** JSON Pointers in the 2019 format (row prefixes when `columns` is set). */
  readonly "2019": readonly string[];
  /** JSON Pointers in the 2021 format (row prefixes when `columns` is set). */
  readonly "2021": readonly string[];
  /** When set, the declaration applies to each of these columns (`pointer + "/" + column`). */
  readonly columns?: readonly string[];
  /** 2019 → 2021. */
  readonly to2021: MappingStep;
  /** 2021 → 2019. */
  readonly to2019: MappingStep;
}

// Printed labels named in the notes, from the layout module (never typed again here).
const C19 = PROACTIVE_COLUMNS_2019;
const C21 = PROACTIVE_COLUMNS_2021;
const OTHER = OTHER_HANDLING_ROWS_2021.other.zh;
const TOTAL = OUTCOME_ROWS.total.zh;
const OTHER_HANDLING = OUTCOME_ROWS.otherHandling.zh;

const EXACT: MappingStep = { kind: "exact", op: "copy", note: { zh: "两种格式相同。", en: "Identical in both formats." } };

const NEAR_EXACT_MADE: Bilingual = {
  zh: "“新制作”与“制发”（制定并印发）口径相近；2021 格式按 12 月 31 日核定。",
  en: "“newly made” vs “formulated and issued” are very close; 2021 counts as at 31 December.",
};
const NORMATIVE_SCOPE: Bilingual = {
  zh: `行改名并收窄：2019 格式的“${PROACTIVE_ROWS.normativeDocuments2019.zh}”可能包含非行政的${PROACTIVE_ROWS.normativeDocuments2019.zh}。`,
  en: `Row renamed and narrowed: the 2019 “${PROACTIVE_ROWS.normativeDocuments2019.zh}” may include non-administrative normative documents.`,
};
const DECISIONS_SCOPE: Bilingual = {
  zh: "改名加“本年”；2021 格式明确包括依法不公开的决定，2019 格式未说明。",
  en: "Renamed with “本年” (this year); 2021 explicitly includes lawfully unpublished decisions, 2019 is silent.",
};
const PUBLISHED_GONE: Bilingual = {
  zh: `2021 格式删去“${C19.published.zh}”一列；制发不等于公开，无法由 2021 数据推出。`,
  en: `The 2021 format removed ${C19.published.zh}; issued is not published, so it cannot be derived from 2021 data.`,
};
const TOTAL_VS_IN_FORCE: Bilingual = {
  zh: `“${C19.totalPublished.zh}”（累计公开）与“${C21.inForce.zh}”（12 月 31 日有效存量）是不同的存量，互不换算。`,
  en: `${C19.totalPublished.zh} (cumulative published) and ${C21.inForce.zh} (in force on 31 December) are different stocks; neither is converted to the other.`,
};
const REPEALED_NEW: Bilingual = {
  zh: `“${C21.repealed.zh}”是 2021 格式新增的列；只有连续两年都有“${C21.inForce.zh}”才能推算，2019 格式没有。`,
  en: `${C21.repealed.zh} is new in 2021; it could only be derived from ${C21.inForce.zh} of two consecutive years, which the 2019 format lacks.`,
};
const ITEMS_GONE: Bilingual = {
  zh: `2021 格式删去“${C19.itemsLastYear.zh}”和“${C19.itemsChange.zh}”两列。`,
  en: `The 2021 format removed the columns ${C19.itemsLastYear.zh} and ${C19.itemsChange.zh}.`,
};
const OTHER_SERVICES_GONE: Bilingual = {
  zh: `2021 格式删去“${PROACTIVE_ROWS.otherServices.zh}”一行。`,
  en: `The 2021 format removed the row ${PROACTIVE_ROWS.otherServices.zh}.`,
};
const FEES_MEASURE: Bilingual = {
  zh: "2019 格式报告收费项目数，2021 格式报告本年收费金额（万元）；项目数不是金额。",
  en: "2019 reports fee item counts, 2021 the amount collected (万元); a count is not money.",
};
const PROCUREMENT_GONE: Bilingual = {
  zh: `2021 格式删去${ARTICLE_20_BLOCKS["9"].zh}“${PROACTIVE_ROWS.procurement.zh}”整块。`,
  en: `The 2021 format removed the whole block ${ARTICLE_20_BLOCKS["9"].zh} ${PROACTIVE_ROWS.procurement.zh}.`,
};

function documentRows(key: "regulations" | "normativeDocuments"): MappingDeclaration[] {
  const scope = key === "normativeDocuments" ? NORMATIVE_SCOPE : undefined;
  const withScope = (note: Bilingual): Bilingual =>
    scope ? { zh: `${note.zh}${scope.zh}`, en: `${note.en} ${scope.en}` } : note;
  return [
    {
      id: `${key}-made-issued`,
      table: "二",
      "2019": [`/proactive/${key}/made`],
      "2021": [`/proactive/${key}/issued`],
      to2021: { kind: "renamed", op: "copy", reason: "renamed-scope", note: withScope(NEAR_EXACT_MADE) },
      to2019: { kind: "renamed", op: "copy", reason: "renamed-scope", note: withScope(NEAR_EXACT_MADE) },
    },
    {
      id: `${key}-published`,
      table: "二",
      "2019": [`/proactive/${key}/published`],
      "2021": [],
      to2021: { kind: "lossy", op: "drop", reason: "dropped", note: PUBLISHED_GONE },
      to2019: { kind: "impossible", op: "blank", reason: "no-source", note: PUBLISHED_GONE },
    },
    {
      id: `${key}-total-in-force`,
      table: "二",
      "2019": [`/proactive/${key}/totalPublished`],
      "2021": [`/proactive/${key}/inForce`],
      to2021: { kind: "impossible", op: "blank", reason: "rescoped", note: withScope(TOTAL_VS_IN_FORCE) },
      to2019: { kind: "impossible", op: "blank", reason: "rescoped", note: withScope(TOTAL_VS_IN_FORCE) },
    },
    {
      id: `${key}-repealed`,
      table: "二",
      "2019": [],
      "2021": [`/proactive/${key}/repealed`],
      to2021: { kind: "impossible", op: "blank", reason: "no-source", note: REPEALED_NEW },
      to2019: { kind: "lossy", op: "drop", reason: "dropped", note: REPEALED_NEW },
    },
  ];
}

function itemRows(key: "licensing" | "penalty" | "coercion"): MappingDeclaration[] {
  return [
    {
      id: `${key}-decisions`,
      table: "二",
      "2019": [`/proactive/${key}/decisions`],
      "2021": [`/proactive/${key}/decisions`],
      to2021: { kind: "renamed", op: "copy", reason: "renamed-scope", note: DECISIONS_SCOPE },
      to2019: { kind: "renamed", op: "copy", reason: "renamed-scope", note: DECISIONS_SCOPE },
    },
    {
      id: `${key}-items`,
      table: "二",
      "2019": [`/proactive/${key}/itemsLastYear`, `/proactive/${key}/itemsChange`],
      "2021": [],
      to2021: { kind: "lossy", op: "drop", reason: "dropped", note: ITEMS_GONE },
      to2019: { kind: "impossible", op: "blank", reason: "no-source", note: ITEMS_GONE },
    },
  ];
}

/** A table 三 row present in both formats, copied per applicant column. */
function applicationRow(id: string, pointer: string): MappingDeclaration {
  return { id, table: "三", "2019": [pointer], "2021": [pointer], columns: APPLICANT_KEYS, to2021: EXACT, to2019: EXACT };
}

const OUTCOMES = "/applications/outcomes";

/**
 * Every cell of both formats (except `format` itself), mapped: the mapping of
 * The official correspondence between the formats as data, in printed order. `migrate` executes it and
 * docs/migration.md prints it.
 *
 * @example
 * ```ts
 * import { MIGRATION_MAPPING } from "zfxxgk";
 * MIGRATION_MAPPING.find((row) => row.id === "other-handling")?.to2021.reason;
 * //=> "assumed-split"
 * ```
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/migration.md#mapping
 */
export const MIGRATION_MAPPING: readonly MappingDeclaration[] = [
  { id: "year", table: "meta", "2019": ["/year"], "2021": ["/year"], to2021: EXACT, to2019: EXACT },
  { id: "agency", table: "meta", "2019": ["/agency"], "2021": ["/agency"], to2021: EXACT, to2019: EXACT },
  ...documentRows("regulations"),
  ...documentRows("normativeDocuments"),
  ...itemRows("licensing"),
  {
    id: "other-services",
    table: "二",
    "2019": ["/proactive/otherServices/itemsLastYear", "/proactive/otherServices/itemsChange", "/proactive/otherServices/decisions"],
    "2021": [],
    to2021: { kind: "lossy", op: "drop", reason: "dropped", note: OTHER_SERVICES_GONE },
    to2019: { kind: "impossible", op: "blank", reason: "no-source", note: OTHER_SERVICES_GONE },
  },
  ...itemRows("penalty"),
  ...itemRows("coercion"),
  {
    id: "fees",
    table: "二",
    "2019": ["/proactive/fees/itemsLastYear", "/proactive/fees/itemsChange"],
    "2021": ["/proactive/fees/amountWanYuan"],
    to2021: { kind: "impossible", op: "blank", reason: "measure-replaced", note: FEES_MEASURE },
    to2019: { kind: "impossible", op: "blank", reason: "measure-replaced", note: FEES_MEASURE },
  },
  {
    id: "procurement",
    table: "二",
    "2019": ["/proactive/procurement/projects", "/proactive/procurement/amount"],
    "2021": [],
    to2021: { kind: "lossy", op: "drop", reason: "dropped", note: PROCUREMENT_GONE },
    to2019: { kind: "impossible", op: "blank", reason: "no-source", note: PROCUREMENT_GONE },
  },
  applicationRow("received", "/applications/received"),
  applicationRow("carried-over", "/applications/carriedOver"),
  applicationRow("disclosed", `${OUTCOMES}/disclosed`),
  applicationRow("partially-disclosed", `${OUTCOMES}/partiallyDisclosed`),
  ...Object.keys(WITHHELD_ROWS).map((key) => applicationRow(`withheld-${key}`, `${OUTCOMES}/withheld/${key}`)),
  ...Object.keys(UNABLE_ROWS).map((key) => applicationRow(`unable-${key}`, `${OUTCOMES}/unableToProvide/${key}`)),
  ...Object.keys(NOT_PROCESSED_ROWS).map((key) => applicationRow(`not-processed-${key}`, `${OUTCOMES}/notProcessed/${key}`)),
  {
    id: "other-handling",
    table: "三",
    "2019": [`${OUTCOMES}/otherHandling`],
    "2021": [`${OUTCOMES}/otherHandling/noCorrection`, `${OUTCOMES}/otherHandling/unpaidFee`, `${OUTCOMES}/otherHandling/other`],
    columns: APPLICANT_KEYS,
    to2021: {
      kind: "lossy",
      op: "split",
      reason: "assumed-split",
      note: {
        zh: `2019 格式的单行不能按 2021 分项拆分：全数填入“${OTHER}”（与 2019 的“其他处理”同名），分项 1、2 填 0，使（六）合计与${TOTAL}的勾稽保持不变、2019→2021→2019 可原样往返；原值空白时三者均为空白。`,
        en: `The single 2019 row cannot be allocated to the 2021 sub-rows: all of it goes to ${OTHER} (the residual row, like 2019's “other handling”) and sub-rows 1 and 2 are 0, so the （六） group sum and the ${TOTAL} relation are unchanged and 2019 → 2021 → 2019 round-trips; a blank source leaves all three blank.`,
      },
    },
    to2019: {
      kind: "derived",
      op: "sum",
      reason: "merged",
      note: {
        zh: `2019 格式${OTHER_HANDLING} = 2021 格式（六）1 + 2 + 3；分项明细在 2019 格式中没有位置。`,
        en: `2019 ${OTHER_HANDLING} = 2021 （六）1 + 2 + 3; the breakdown has no place in the 2019 format.`,
      },
    },
  },
  applicationRow("outcomes-total", `${OUTCOMES}/total`),
  applicationRow("carried-forward", "/applications/carriedForward"),
  ...(["review", "litigationDirect", "litigationAfterReview"] as const).map(
    (key): MappingDeclaration => ({
      id: `review-${key}`,
      table: "四",
      "2019": [`/reviewAndLitigation/${key}`],
      "2021": [`/reviewAndLitigation/${key}`],
      columns: Object.keys(OUTCOME_COLUMNS),
      to2021: EXACT,
      to2019: EXACT,
    }),
  ),
  { id: "text-overview", table: "text", "2019": ["/text/overview"], "2021": ["/text/overview"], to2021: EXACT, to2019: EXACT },
  { id: "text-problems", table: "text", "2019": ["/text/problems"], "2021": ["/text/problems"], to2021: EXACT, to2019: EXACT },
  {
    id: "text-other",
    table: "text",
    "2019": ["/text/other"],
    "2021": ["/text/other"],
    to2021: {
      kind: "exact",
      op: "copy",
      reason: "requirement-absent",
      note: {
        zh: "原文照转；2021 格式要求在此报告收取信息处理费情况，2019 格式报告没有这一项（信息处理费始于国办函〔2020〕109号），不补写。",
        en: "Carried as text; the 2021 format requires the 信息处理费 collected to be reported here, which a 2019-format report does not contain (the fee began with 国办函〔2020〕109号); nothing is added.",
      },
    },
    to2019: {
      kind: "exact",
      op: "copy",
      note: { zh: "原文照转；信息处理费说明作为文字保留。", en: "Carried as text; the 信息处理费 statement stays as prose." },
    },
  },
];

/** One declaration expanded to single cells for one direction. */
export interface CellMapping {
  /** The declaration it comes from. */
  readonly declaration: MappingDeclaration;
  /** The step of this direction. */
  readonly step: MappingStep;
  /** Source cell pointers. */
  readonly sources: readonly string[];
  /** Target cell pointers. */
  readonly targets: readonly string[];
}

/** The source and target formats of a direction. */
export function formatsOf(direction: Direction): { from: Format; to: Format } {
  return direction === "to2021" ? { from: "2019", to: "2021" } : { from: "2021", to: "2019" };
}

const expanded = new Map<Direction, readonly CellMapping[]>();

/**
 * The mapping of one direction, one entry per column of each declaration.
 *
 * @example
 * ```ts
 * cellMappings("to2019").find((cell) => cell.targets[0] === "/applications/outcomes/otherHandling/total")?.sources.length;
 * //=> 3
 * ```
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/migration.md#mapping
 */
export function cellMappings(direction: Direction): readonly CellMapping[] {
  const cached = expanded.get(direction);
  if (cached) return cached;
  const { from, to } = formatsOf(direction);
  const out: CellMapping[] = [];
  for (const declaration of MIGRATION_MAPPING) {
    const step = declaration[direction];
    const columns = declaration.columns ?? [undefined];
    for (const column of columns) {
      const at = (pointer: string) => (column === undefined ? pointer : `${pointer}/${column}`);
      out.push({ declaration, step, sources: declaration[from].map(at), targets: declaration[to].map(at) });
    }
  }
  expanded.set(direction, out);
  return out;
}
