import { ARTICLE_20_BLOCKS, type Label, PROACTIVE_COLUMNS_2021, PROACTIVE_ROWS, SECTIONS } from "../../layout/labels.js";
import { count, type Mode, money, node } from "../cells.js";

const section = SECTIONS.proactive;
const columns = PROACTIVE_COLUMNS_2021;

function documents<M extends Mode>(mode: M, row: Label) {
  const rows = [ARTICLE_20_BLOCKS["1"], row];
  return node(
    {
      issued: count(mode, { table: "二", section, rows, column: columns.issued }),
      repealed: count(mode, { table: "二", section, rows, column: columns.repealed }),
      inForce: count(mode, { table: "二", section, rows, column: columns.inForce }),
    },
    { table: "二", section, rows },
  );
}

function decisions<M extends Mode>(mode: M, block: Label, row: Label) {
  const rows = [block, row];
  return node({ decisions: count(mode, { table: "二", section, rows, column: columns.decisions }) }, { table: "二", section, rows });
}

/**
 * Section 二 of the 2021 format: four blocks, 10 cells.
 *
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/format-2021.md#二主动公开政府信息情况
 */
export function proactive2021<M extends Mode>(mode: M) {
  const feesRows = [ARTICLE_20_BLOCKS["8"], PROACTIVE_ROWS.fees];
  return node(
    {
      regulations: documents(mode, PROACTIVE_ROWS.regulations),
      normativeDocuments: documents(mode, PROACTIVE_ROWS.normativeDocuments2021),
      licensing: decisions(mode, ARTICLE_20_BLOCKS["5"], PROACTIVE_ROWS.licensing),
      penalty: decisions(mode, ARTICLE_20_BLOCKS["6"], PROACTIVE_ROWS.penalty),
      coercion: decisions(mode, ARTICLE_20_BLOCKS["6"], PROACTIVE_ROWS.coercion),
      fees: node(
        { amountWanYuan: money(mode, { table: "二", section, rows: feesRows, column: columns.amountWanYuan, unit: "万元" }) },
        { table: "二", section, rows: feesRows },
      ),
    },
    { table: "二", section, rows: [] },
  );
}
