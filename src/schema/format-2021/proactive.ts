import type * as z from "zod";
import { ARTICLE_20_BLOCKS, type Label, PROACTIVE_COLUMNS_2021, PROACTIVE_ROWS, SECTIONS } from "../../layout/labels.js";
import { type CountSchema, count, type Mode, type MoneySchema, money, node } from "../cells.js";

const section = SECTIONS.proactive;
const columns = PROACTIVE_COLUMNS_2021;

/** 规章 / 行政规范性文件 row (2021): 本年制发件数 · 本年废止件数 · 现行有效件数. */
export type DocumentsRow2021Schema<M extends Mode> = z.ZodObject<
  { issued: CountSchema<M>; repealed: CountSchema<M>; inForce: CountSchema<M> },
  z.core.$strict
>;
/** 行政许可 / 行政处罚 / 行政强制 (2021): 本年处理决定数量. */
export type DecisionsRow2021Schema<M extends Mode> = z.ZodObject<{ decisions: CountSchema<M> }, z.core.$strict>;
/** 行政事业性收费 (2021): 本年收费金额（单位：万元）. */
export type FeesRow2021Schema<M extends Mode> = z.ZodObject<{ amountWanYuan: MoneySchema<M> }, z.core.$strict>;

/** 二、主动公开政府信息情况 in the 2021 format. */
export type Proactive2021Schema<M extends Mode> = z.ZodObject<
  {
    regulations: DocumentsRow2021Schema<M>;
    normativeDocuments: DocumentsRow2021Schema<M>;
    licensing: DecisionsRow2021Schema<M>;
    penalty: DecisionsRow2021Schema<M>;
    coercion: DecisionsRow2021Schema<M>;
    fees: FeesRow2021Schema<M>;
  },
  z.core.$strict
>;

function documents<M extends Mode>(mode: M, row: Label): DocumentsRow2021Schema<M> {
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

function decisions<M extends Mode>(mode: M, block: Label, row: Label): DecisionsRow2021Schema<M> {
  const rows = [block, row];
  return node({ decisions: count(mode, { table: "二", section, rows, column: columns.decisions }) }, { table: "二", section, rows });
}

/**
 * Section 二 of the 2021 format: four blocks, 10 cells.
 *
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/format-2021.md#二主动公开政府信息情况
 */
export function proactive2021<M extends Mode>(mode: M): Proactive2021Schema<M> {
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
  ) as unknown as Proactive2021Schema<M>;
}
