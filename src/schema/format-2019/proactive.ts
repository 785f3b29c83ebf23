import * as z from "zod";
import { ARTICLE_20_BLOCKS, type Label, PROACTIVE_COLUMNS_2019, PROACTIVE_ROWS, SECTIONS } from "../../layout/labels.js";
import {
  type CountSchema,
  count,
  labelled,
  type Mode,
  type MoneySchema,
  money,
  node,
  type SignedSchema,
  signed,
} from "../cells.js";

const section = SECTIONS.proactive;
const columns = PROACTIVE_COLUMNS_2019;

/** 规章 / 规范性文件 row (2019): 本年新制作数量 · 本年新公开数量 · 对外公开总数量. */
export type DocumentsRow2019Schema<M extends Mode> = z.ZodObject<
  { made: CountSchema<M>; published: CountSchema<M>; totalPublished: CountSchema<M> },
  z.core.$strict
>;
/** 行政许可 etc. (2019): 上一年项目数量 · 本年增/减 · 处理决定数量. */
export type ItemsRow2019Schema<M extends Mode> = z.ZodObject<
  { itemsLastYear: CountSchema<M>; itemsChange: SignedSchema<M>; decisions: CountSchema<M> },
  z.core.$strict
>;
/** 行政事业性收费 (2019): 上一年项目数量 · 本年增/减. */
export type FeesRow2019Schema<M extends Mode> = z.ZodObject<
  { itemsLastYear: CountSchema<M>; itemsChange: SignedSchema<M> },
  z.core.$strict
>;
/** The unit of 采购总金额 (the template prints none; reports use both). */
export type AmountUnit = "元" | "万元";
/** 采购总金额 with its unit; lenient reports may hold `null` (blank, or unit unknown). */
export type AmountSchema<M extends Mode> = M extends "lenient"
  ? z.ZodNullable<z.ZodObject<{ value: z.ZodNumber; unit: z.ZodEnum<{ 元: "元"; 万元: "万元" }> }, z.core.$strict>>
  : z.ZodObject<{ value: z.ZodNumber; unit: z.ZodEnum<{ 元: "元"; 万元: "万元" }> }, z.core.$strict>;
/** 政府集中采购 (2019): 采购项目数量 · 采购总金额. */
export type ProcurementRow2019Schema<M extends Mode> = z.ZodObject<
  { projects: CountSchema<M>; amount: AmountSchema<M> },
  z.core.$strict
>;

/** 二、主动公开政府信息情况 in the 2019 format. */
export type Proactive2019Schema<M extends Mode> = z.ZodObject<
  {
    regulations: DocumentsRow2019Schema<M>;
    normativeDocuments: DocumentsRow2019Schema<M>;
    licensing: ItemsRow2019Schema<M>;
    otherServices: ItemsRow2019Schema<M>;
    penalty: ItemsRow2019Schema<M>;
    coercion: ItemsRow2019Schema<M>;
    fees: FeesRow2019Schema<M>;
    procurement: ProcurementRow2019Schema<M>;
  },
  z.core.$strict
>;

function documents<M extends Mode>(mode: M, row: Label): DocumentsRow2019Schema<M> {
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

function items<M extends Mode>(mode: M, block: Label, row: Label): ItemsRow2019Schema<M> {
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

function amount<M extends Mode>(mode: M, rows: readonly Label[]): AmountSchema<M> {
  const position = { table: "二" as const, section, rows, column: columns.amount };
  const value = money("strict", position);
  const unit = labelled(z.enum(["元", "万元"]), position, "unit");
  const object = labelled(z.strictObject({ value, unit }), position, "amount");
  return (mode === "strict" ? object : labelled(object.nullable(), position, "amount")) as AmountSchema<M>;
}

/**
 * Section 二 of the 2019 (试行) format: five blocks, 22 cells.
 *
 * @see https://github.com/zfxxgk/zfxxgk/blob/main/docs/format-2019.md#二主动公开政府信息情况
 */
export function proactive2019<M extends Mode>(mode: M): Proactive2019Schema<M> {
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
  ) as unknown as Proactive2019Schema<M>;
}
