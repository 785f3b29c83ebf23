/**
 * The view's stylesheet, one string: inlined by `zfxxgk check --html` and
 * injected by the web page, so both look the same.
 */
export const VIEW_CSS = `
:root{--err:#c62828;--err-bg:#fdecea;--warn:#8a5a00;--warn-bg:#fff4d6;--und:#5b6b7a;--und-bg:#eef2f5;--line:#9aa5b1;--ink:#1d2733;font-family:system-ui,"PingFang SC","Microsoft YaHei","Noto Sans CJK SC",sans-serif;color:var(--ink)}
body{margin:0;background:#fafbfc}
.report{background:#fff;border:1px solid #d8dee4;border-radius:6px;margin:12px 0;padding:8px 14px}
.report h3{margin:6px 0;font-size:1.05rem}.fmt{font-weight:normal;color:#555;font-size:.85rem}
.problem{color:var(--err);font-weight:600}.detected,.summary{color:#444;font-size:.85rem;margin:4px 0}
.tables{display:flex;flex-direction:column;gap:14px;margin-top:10px;overflow-x:auto}
table.t{border-collapse:collapse;font-size:12.5px;min-width:560px}
table.t caption{text-align:left;font-weight:600;padding:4px 0}
table.t th,table.t td{border:1px solid var(--line);padding:2px 6px}
table.t th{background:#f3f5f7;font-weight:normal;text-align:center}
table.t th[scope=row],table.t th[scope=rowgroup]{text-align:left}
table.t th.block{background:#e6ebf0;font-weight:600;text-align:left}
.d1{padding-left:1.2em!important}.d2{padding-left:2.4em!important}
td.v{text-align:right;min-width:2.6em;font-variant-numeric:tabular-nums;position:relative}
td.na{background:#f7f7f7}
.v.blank{background:repeating-linear-gradient(45deg,#fff,#fff 4px,#f0f0f0 4px,#f0f0f0 8px)}
.v.zero{color:#8a949e}
.v.f-error{background:var(--err-bg);outline:2px solid var(--err);outline-offset:-2px;color:var(--err);font-weight:600}
.v.f-warning{background:var(--warn-bg);outline:2px solid #e0a800;outline-offset:-2px}
.v.in-error{background:var(--err-bg)}.v.in-warning{background:var(--warn-bg)}
.v.f-undecided{background:var(--und-bg);outline:1px dashed var(--und);outline-offset:-2px}
.v.noted::after{content:"";position:absolute;top:0;right:0;border:5px solid transparent;border-top-color:#6f42c1;border-right-color:#6f42c1}
.v:focus{outline:3px solid #1a73e8;outline-offset:-3px}
.v .sugg{display:block;font-size:10px;color:#1a7f37;font-weight:600}
.findings{margin:8px 0}.rule h4{margin:8px 0 2px;font-size:.9rem}.rule .count{color:#666;font-weight:normal}
.findings ul{margin:0;padding-left:1.2em}.findings li{margin:2px 0;font-size:.85rem;line-height:1.45}
.findings .sev{display:inline-block;min-width:4.5em;font-weight:600}
li.f-error .sev{color:var(--err)}li.f-warning .sev{color:var(--warn)}li.f-info .sev,li.f-undecided .sev{color:var(--und)}
.links a{font-size:.75rem;margin-right:6px;color:#1a73e8}
.advice{margin:6px 0;padding:6px 10px 6px 28px;background:#e9f7ef;border-left:4px solid #1a7f37;font-size:.85rem}
.clean{color:#1a7f37;font-weight:600}
.notes{font-size:.8rem;margin:6px 0}.notes li{margin:1px 0}
.legend{font-size:.8rem;color:#444}.legend .v{display:inline-block;min-width:1.6em;border:1px solid var(--line);text-align:center;margin-left:8px}
`;
