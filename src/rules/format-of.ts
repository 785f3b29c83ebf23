import type { Format } from "../layout/formats.js";

/** The format of a report, or its shape's format when `format` is missing or wrong. */
export function formatOf(report: unknown): Format {
  const format = (report as { format?: unknown } | null)?.format;
  if (format === "2019" || format === "2021") return format;
  const other = (report as { applications?: { outcomes?: { otherHandling?: unknown } } } | null)?.applications?.outcomes?.otherHandling;
  if (other && typeof other === "object" && ("naturalPerson" in other || "total" in other)) return "2019";
  if ((report as { proactive?: { procurement?: unknown } } | null)?.proactive?.procurement !== undefined) return "2019";
  return "2021";
}
