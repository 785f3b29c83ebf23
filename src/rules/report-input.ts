import { notAReport } from "../schema/input.js";
import type { RunnableReportRule } from "./rule.js";

/** report.input — what `check` is given is a report at all (tested before every other rule). */
export const reportInput: RunnableReportRule = {
  id: "report.input",
  severity: "error",
  scope: "report",
  formats: ["2019", "2021"],
  message: { zh: "{problem}", en: "{problem}" },
  run: ({ report, emit }) => {
    const problem = notAReport(report);
    return problem ? [emit.fail([""], { problem })] : [];
  },
};
