/** The words of the checked-report view, in Chinese and English. */

/** A language of the view. */
export type ViewLang = "zh" | "en";

interface ViewWords {
  readonly value: string;
  readonly blank: string;
  readonly relations: string;
  readonly failing: string;
  readonly note: string;
  readonly notes: string;
  readonly suggestion: string;
  readonly content: string;
  readonly format: string;
  readonly unknownAgency: string;
  readonly noFindings: string;
  readonly severity: { readonly error: string; readonly warning: string; readonly info: string; readonly undecided: string };
  readonly summary: (errors: number, warnings: number, infos: number, undecided: number) => string;
  readonly legend: {
    readonly error: string;
    readonly warning: string;
    readonly undecided: string;
    readonly blank: string;
    readonly zero: string;
    readonly noted: string;
  };
}

/**
 * Every word the view prints, per language.
 *
 * @example
 * ```ts
 * VIEW_TEXT.en.summary(1, 0, 0, 2);
 * //=> "1 error, 0 warnings, 0 notices; 2 relations not assessable (blank cells)"
 * ```
 */
export const VIEW_TEXT: Readonly<Record<ViewLang, ViewWords>> = {
  zh: {
    value: "数值",
    blank: "空白（未填）",
    relations: "所在关系",
    failing: "未通过",
    note: "读取说明",
    notes: "读取说明",
    suggestion: "修正建议",
    content: "信息内容",
    format: "格式",
    unknownAgency: "（机关不详）",
    noFindings: "所有勾稽关系均成立。",
    severity: { error: "错误", warning: "警告", info: "提示", undecided: "无法判断" },
    summary: (errors, warnings, infos, undecided) => `错误 ${errors}，警告 ${warnings}，提示 ${infos}；因空白无法判断的关系 ${undecided}`,
    legend: { error: "错误所涉单元格", warning: "警告所涉单元格", undecided: "因空白无法判断", blank: "空白（null）", zero: "印为 0", noted: "有读取说明" },
  },
  en: {
    value: "value",
    blank: "blank (not filled in)",
    relations: "relations",
    failing: "failing",
    note: "reader note",
    notes: "Reader notes",
    suggestion: "suggested fix",
    content: "item",
    format: "format",
    unknownAgency: "(organ unknown)",
    noFindings: "Every relation holds.",
    severity: { error: "error", warning: "warning", info: "notice", undecided: "not assessable" },
    summary: (errors, warnings, infos, undecided) =>
      `${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${infos} notice${infos === 1 ? "" : "s"}; ${undecided} relation${undecided === 1 ? "" : "s"} not assessable (blank cells)`,
    legend: { error: "cell in an error", warning: "cell in a warning", undecided: "not assessable (blanks)", blank: "blank (null)", zero: "printed 0", noted: "reader note" },
  },
};
