/**
 * The one result shape of zfxxgk's safe entry points, in zod's convention:
 * `{ success: true, data }` or `{ success: false, error }`, plus extras that
 * belong to the call (findings, notes, losses). Narrow on `success`.
 */

/**
 * What a failed call returns as `error`: a code from the entry point's fixed
 * list and a message in the requested language.
 *
 * @example
 * ```ts
 * const error: ResultError<"not-a-report"> = { code: "not-a-report", message: "输入不是报告：应为对象，实际为文本" };
 * error.code;
 * //=> "not-a-report"
 * ```
 */
export interface ResultError<Code extends string = string> {
  /** Why the call failed, from the entry point's fixed list of codes. */
  readonly code: Code;
  /** What went wrong, in the requested language (Chinese by default). */
  readonly message: string;
}

/**
 * A discriminated result: narrow on `success` to reach `data` or `error`.
 * `Extras` are present on both sides (or `FailureExtras` on the failing side).
 *
 * @example
 * ```ts
 * import { parseReport } from "zfxxgk";
 * const result = parseReport({ format: "2022" });
 * result.success ? result.data.year : result.error.code;
 * //=> "invalid-report"
 * ```
 */
export type Result<Data, Failure extends ResultError, Extras extends object = object, FailureExtras extends object = Extras> =
  | ({ readonly success: true; readonly data: Data; readonly error?: undefined } & Extras)
  | ({ readonly success: false; readonly data?: undefined; readonly error: Failure } & FailureExtras);
