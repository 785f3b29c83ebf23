import * as z from "zod";
import { ARTICLE_20_BLOCKS, type Label, PROACTIVE_COLUMNS_2019, PROACTIVE_ROWS, SECTIONS } from "../../layout/labels.js";
import {
  count,
  field,
  labelled,
  type Mode,
  money,
  node,
  signed,
} from "../cells.js";

const section = SECTIONS.proactive;
const columns = PROACTIVE_COLUMNS_2019;

function documents<M extends Mode>(mode: M, row: Label) {
  const rows = [ARTICLE_20_BLOCKS["1"], row];
  return node(
    {
      made: count(mode, { table: "二", section, rows, column: columns.made }),
      published: count(mode, { table: "二", section, rows, column: columns.published }),
      totalPublished: count(mode, { table: "二", section, rows, column: columns.totalPublished }),
    },
    { table: "二", section, rows },
  );
}

function items<M extends Mode>(mode: M, block: Label, row: Label) {
  const rows = [block, row];
  return node(
    {
      itemsLastYear: count(mode, { table: "二", section, rows, column: columns.itemsLastYear }),
      itemsChange: signed(mode, { table: "二", section, rows, column: columns.itemsChange }),
      decisions: count(mode, { table: "二", section, rows, column: columns.decisions }),
    },
    { table: "二", section, rows },
  );
}

/** 采购总金额 with its unit (the template prints none; reports use both); lenient reports may hold `null`. */
function amount<M extends Mode>(mode: M, rows: readonly Label[]) {
  const position = { table: "二" as const, section, rows, column: columns.amount };
  const value = money("strict", position);
  const unit = labelled(z.enum(["元", "万元"]), position, "unit");
  return field(mode, () => z.strictObject({ value, unit }), position, "amount");
}

/**
 * Section 二 of the 2019 (试行) format: five blocks, 22 cells.
 *
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/format-2019.md#二主动公开政府信息情况
 */
export function proactive2019<M extends Mode>(mode: M) {
  const procurementRows = [ARTICLE_20_BLOCKS["9"], PROACTIVE_ROWS.procurement];
  const feesRows = [ARTICLE_20_BLOCKS["8"], PROACTIVE_ROWS.fees];
  return node(
    {
      regulations: documents(mode, PROACTIVE_ROWS.regulations),
      normativeDocuments: documents(mode, PROACTIVE_ROWS.normativeDocuments2019),
      licensing: items(mode, ARTICLE_20_BLOCKS["5"], PROACTIVE_ROWS.licensing),
      otherServices: items(mode, ARTICLE_20_BLOCKS["5"], PROACTIVE_ROWS.otherServices),
      penalty: items(mode, ARTICLE_20_BLOCKS["6"], PROACTIVE_ROWS.penalty),
      coercion: items(mode, ARTICLE_20_BLOCKS["6"], PROACTIVE_ROWS.coercion),
      fees: node(
        {
          itemsLastYear: count(mode, { table: "二", section, rows: feesRows, column: columns.itemsLastYear }),
          itemsChange: signed(mode, { table: "二", section, rows: feesRows, column: columns.itemsChange }),
        },
        { table: "二", section, rows: feesRows },
      ),
      procurement: node(
        {
          projects: count(mode, { table: "二", section, rows: procurementRows, column: columns.projects }),
          amount: amount(mode, procurementRows),
        },
        { table: "二", section, rows: procurementRows },
      ),
    },
    { table: "二", section, rows: [] },
  );
}
