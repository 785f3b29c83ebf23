import { describe, expect, it } from "vitest";
import { checkRead, fromText, splitAnnotation } from "../../src/read/index.js";
import { anchorLabels, marksOf } from "../../src/read/text/anchors.js";
import { pieceOf, placeRow, slotsOf } from "../../src/read/text/cells.js";
import { buildStream, originalEnd, originalStart, squeezeLabel } from "../../src/read/text/stream.js";

/** The `@example` results written in the page-text reader's TSDoc hold. */
describe("page-text reader: documented examples", () => {
  it("stream", () => {
    expect(squeezeLabel("（二） 部分公開")).toBe("(二)部分公开");
    const stream = buildStream("规 章\t0");
    expect([stream.text, stream.at[1]]).toEqual(["规章0", 2]);
    expect(originalStart(buildStream(" a"), 0)).toBe(1);
    expect(originalEnd(buildStream(" a "), 1)).toBe(2);
  });

  it("anchors", () => {
    expect(marksOf("2021").find((mark) => mark.kind === "row")?.bodies).toEqual(["规章"]);
    const anchors = anchorLabels(buildStream("一、本年新收政府信息公开申请数量\t1\n二、上年结转政府信息公开申请数量\t0"), "2021");
    expect(anchors.map((anchor) => anchor.mark.row?.pointer)).toEqual(["/applications/received", "/applications/carriedOver"]);
  });

  it("cells", () => {
    expect(pieceOf(squeezeLabel("二、上年结转政府信息公开申请数量"))("开申请数量")).toBe(true);
    const slots = slotsOf("规章\t0\t\t3\n", 2, 7, { kind: "grid", separator: "\t", blankLines: "empty", gap: 0 }, pieceOf("规章"));
    expect(slots.map((slot) => slot.text)).toEqual(["0", "", "3"]);
    expect(splitAnnotation("22（其中修订16件）")).toEqual({ value: "22", note: "其中修订16件" });
    const read = placeRow("0000000", [{ text: "0000000", start: 0, end: 7 }], ["count", "count", "count", "count", "count", "count", "count"], [], false);
    expect(read.kind === "cells" && read.cells.map((cell) => cell.text).join(",")).toBe("0,0,0,0,0,0,0");
  });

  it("fromText and checkRead", () => {
    const page = [
      "某县2023年政府信息公开工作年度报告",
      "四、政府信息公开行政复议、行政诉讼情况",
      "行政复议\t行政诉讼",
      "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t未经复议直接起诉\t复议后起诉",
      "结果维持\t结果纠正\t其他结果\t尚未审结\t总计\t结果维持\t结果纠正\t其他结果\t尚未审结\t总计",
      "1\t0\t0\t0\t1\t0\t0\t0\t0\t0\t0\t0\t0\t0\t0",
    ].join("\n");
    const result = fromText(page, { format: "2021" });
    expect(result.success && result.data.reviewAndLitigation.review.total).toBe(1);
    const run = "一、本年新收政府信息公开申请数量320000032二、上年结转政府信息公开申请数量0000000三、本年度办理结果（一）予以公开320000032";
    const assisted = fromText(run, { format: "2021", assist: "arithmetic" });
    const assessable = assisted.success && checkRead(assisted).filter((finding) => finding.paths.includes("/applications/received/total")).map((finding) => finding.assessable);
    expect(assessable).toEqual([false, false]);
  });
});
