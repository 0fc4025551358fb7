// The report page's stylesheet: one constant, allowed by the page's Content-Security-Policy through its hash.

export const PAGE_STYLE = `
:root{--bg:#f7f6f2;--paper:#fff;--ink:#1d2126;--muted:#5d6672;--line:#e2ded4;--soft:#efece5;
--conflict:#b42318;--conflict-bg:#ffe1dc;--conflict-edge:#f4a79c;
--corroborated:#1f7a3a;--corroborated-bg:#d9f2df;--corroborated-edge:#93d3a5;
--single:#9a5b00;--single-bg:#fdebc4;--single-edge:#ebc36d;
--entity:#3451a8;--entity-bg:#e1e8fb;--entity-edge:#a9bbed;
--time:#6b3fa0;--time-bg:#ece2f8;--time-edge:#c7aee6;
--hl:var(--conflict-bg);--hl-edge:var(--conflict-edge);
--ui:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","Noto Sans","DejaVu Sans",Arial,sans-serif;
--serif:"Iowan Old Style","Charter","Georgia","Source Serif Pro","Noto Serif","DejaVu Serif",serif}
*{box-sizing:border-box}
html,body{margin:0;height:100%}
body{background:var(--bg);color:var(--ink);font:14px/1.45 var(--ui);display:flex;flex-direction:column;overflow:hidden}
body.k-conflict{--hl:var(--conflict-bg);--hl-edge:var(--conflict-edge)}
body.k-corroborated{--hl:var(--corroborated-bg);--hl-edge:var(--corroborated-edge)}
body.k-single-source{--hl:var(--single-bg);--hl-edge:var(--single-edge)}
body.k-entity{--hl:var(--entity-bg);--hl-edge:var(--entity-edge)}
body.k-time{--hl:var(--time-bg);--hl-edge:var(--time-edge)}
button{font:inherit;color:inherit}
.top{display:flex;flex-wrap:wrap;align-items:center;gap:10px 22px;padding:12px 20px;background:var(--paper);border-bottom:1px solid var(--line)}
.top h1{font-size:17px;margin:0;font-weight:650;letter-spacing:-.01em}
.top h1 .brand{color:var(--muted);font-weight:500;margin-right:8px}
.filters{display:flex;gap:8px;flex-wrap:wrap}
.chip{display:inline-flex;align-items:center;gap:6px;padding:3px 10px 3px 8px;border:1px solid var(--line);border-radius:999px;background:var(--paper);cursor:pointer;user-select:none;font-size:13px}
.chip input{margin:0;accent-color:currentColor}
.chip b{font-variant-numeric:tabular-nums}
.chip.conflict{color:var(--conflict)}.chip.corroborated{color:var(--corroborated)}.chip.single-source{color:var(--single)}
.legend{margin-left:auto;color:var(--muted);font-size:12px;display:flex;gap:14px;flex-wrap:wrap;align-items:center}
.legend .m{color:var(--ink)}
.layout{flex:1;min-height:0;display:grid;grid-template-columns:minmax(290px,400px) 1fr}
.side{display:flex;flex-direction:column;min-height:0;border-right:1px solid var(--line);background:var(--paper)}
.tabs{display:flex;gap:2px;padding:8px 12px 0;border-bottom:1px solid var(--line)}
.tabs button{border:0;background:none;padding:7px 10px 8px;white-space:nowrap;cursor:pointer;color:var(--muted);border-bottom:2px solid transparent;font-weight:550}
.tabs button[aria-selected=true]{color:var(--ink);border-bottom-color:var(--ink)}
.panels{flex:1;overflow:auto;padding:4px 14px 24px}
.js .panel{display:none}.js .panel.active{display:block}
.panel h2{font-size:12px;text-transform:uppercase;letter-spacing:.06em;margin:18px 2px 8px;color:var(--muted)}
.panel h2.conflict{color:var(--conflict)}.panel h2.corroborated{color:var(--corroborated)}.panel h2.single-source{color:var(--single)}
.summary{margin:12px 2px 0;font-size:13.5px;line-height:1.5;padding:8px 10px;background:var(--soft);border-radius:6px}
.doc-note{font-size:12px;color:var(--single);margin-top:4px}
.hint{color:var(--muted);font-size:12.5px;margin:10px 2px 0}
ol.findings{list-style:none;margin:0;padding:0}
.finding{border:1px solid var(--line);border-left:4px solid var(--k);border-radius:8px;padding:9px 11px 10px;margin:0 0 9px;cursor:pointer;background:var(--paper);transition:box-shadow .12s,background .12s}
.finding:hover{box-shadow:0 1px 6px rgba(0,0,0,.08)}
.finding:focus-visible,.tl-item:focus-visible,.entity:focus-visible{outline:2px solid var(--entity);outline-offset:1px}
.finding.active{background:#fcfbf8;box-shadow:0 0 0 2px var(--k) inset}
.finding.conflict{--k:var(--conflict)}.finding.corroborated{--k:var(--corroborated)}.finding.single-source{--k:var(--single)}
.hide-conflict .conflict.finding,.hide-conflict h2.conflict,.hide-corroborated .corroborated.finding,.hide-corroborated h2.corroborated,.hide-single-source .single-source.finding,.hide-single-source h2.single-source{display:none}
.f-meta{display:flex;gap:8px;align-items:baseline;font-size:11.5px;color:var(--muted);margin-bottom:3px}
.f-kind{font-weight:700;text-transform:uppercase;letter-spacing:.05em;color:var(--k)}
.f-conf{margin-left:auto;font-variant-numeric:tabular-nums}
.f-summary{margin:0;font-weight:600;font-size:14px;line-height:1.4}
.f-reason{margin:4px 0 0;color:var(--muted);font-size:12.5px}
.f-ev{list-style:none;margin:7px 0 0;padding:0;display:grid;gap:5px}
.f-ev li{font-size:12.5px;padding:4px 8px;background:var(--soft);border-radius:5px}
.f-ev li:hover{background:#e7e3d9}
.f-where{display:block;color:var(--muted);font-size:11.5px}
.f-where b{color:var(--ink);font-weight:600}
.f-quote{font-family:var(--serif);font-size:13.5px}
.empty{color:var(--muted);font-style:italic;margin:16px 2px}
.entity{border:1px solid var(--line);border-radius:8px;padding:8px 11px;margin:0 0 8px;cursor:pointer}
.entity:hover{box-shadow:0 1px 6px rgba(0,0,0,.08)}
.entity.active{box-shadow:0 0 0 2px var(--entity) inset}
.entity .name{font-weight:650}
.entity .etype{color:var(--muted);font-size:11.5px;margin-left:6px}
.entity .differs{float:right;font-size:11px;color:var(--conflict);font-weight:650}
.entity dl{margin:5px 0 0;display:grid;grid-template-columns:minmax(90px,auto) 1fr;gap:2px 10px;font-size:12.5px}
.entity dt{color:var(--muted)}.entity dd{margin:0}
.entity dd.none{color:#a3a8b0}
.timeline{list-style:none;margin:6px 0 0;padding:0 0 0 14px;border-left:2px solid var(--line)}
.tl-item{position:relative;padding:6px 8px 8px;margin:0 0 6px;border-radius:6px;cursor:pointer}
.tl-item::before{content:"";position:absolute;left:-21px;top:11px;width:10px;height:10px;border-radius:50%;background:var(--time);border:2px solid var(--paper)}
.tl-item.pub{cursor:default}.tl-item.pub::before{background:#a3a8b0}
.tl-item:not(.pub):hover{background:var(--soft)}
.tl-item.active{background:var(--time-bg)}
.tl-date{font-weight:650}
.tl-value{color:var(--muted);font-size:11.5px;margin-left:6px;font-variant-numeric:tabular-nums;white-space:nowrap}
.tl-item ul{list-style:none;margin:2px 0 0;padding:0;font-size:12.5px}
.tl-item li b{font-weight:600}
.articles{min-width:0;min-height:0;display:grid;grid-auto-flow:column;grid-auto-columns:minmax(300px,1fr);overflow-x:auto}
.doc{display:flex;flex-direction:column;min-height:0;border-right:1px solid var(--line);background:var(--paper)}
.doc-h{padding:14px 22px 12px;border-bottom:1px solid var(--line)}
.outlet{font-size:11.5px;font-weight:700;letter-spacing:.07em;text-transform:uppercase;color:var(--muted)}
.outlet .did{font-weight:500;margin-left:6px;color:#a3a8b0}
.doc-h h2{font-family:var(--serif);font-size:20px;line-height:1.25;margin:4px 0 5px;font-weight:700}
.doc-meta{color:var(--muted);font-size:12.5px;overflow-wrap:anywhere}
.status{font-size:12px;margin-top:6px;min-height:1.3em;color:var(--muted)}
.status.hit{color:var(--ink);font-weight:600}
.status.miss{color:var(--single);font-weight:600}
.doc-body{flex:1;overflow-y:auto;padding:6px 22px 40px;font-family:var(--serif);font-size:16.5px;line-height:1.62;scroll-behavior:smooth}
.doc-body p{margin:.75em 0;max-width:68ch}
.doc-body h3{font-family:var(--ui);font-size:15px;margin:1.3em 0 .3em}
.removed{margin:18px 0 0;font-family:var(--ui);font-size:12px;color:var(--muted)}
.removed summary{cursor:pointer}
.removed li{margin:3px 0}
.m{border-radius:2px}
.q{background:#f4f1e8}
.e{border-bottom:1px dotted var(--entity)}
.t{border-bottom:1.5px dashed var(--time)}
.v{cursor:pointer}
.c{text-decoration:underline;text-decoration-color:rgba(180,35,24,.5);text-decoration-thickness:2px;text-underline-offset:5px}
.m.hl{background:var(--hl);box-shadow:0 0 0 2px var(--hl);text-decoration-color:var(--hl-edge)}
.m.focus{box-shadow:0 0 0 2px var(--hl-edge)}
#tip{position:fixed;z-index:10;max-width:340px;padding:7px 10px;border-radius:6px;background:#22262c;color:#f5f5f2;font:12.5px/1.45 var(--ui);white-space:pre-line;pointer-events:none;box-shadow:0 4px 14px rgba(0,0,0,.2)}
#tip[hidden]{display:none}
@media (max-width:1380px){.layout{grid-template-columns:minmax(280px,340px) 1fr}.doc-h{padding:12px 16px 10px}.doc-body{padding:4px 16px 40px;font-size:16px}}
@media (max-width:900px){body{overflow:auto;height:auto}.layout{display:block}.side{border-right:0;border-bottom:1px solid var(--line)}.panels{max-height:45vh}.articles{height:80vh}}
@media print{body{overflow:visible;height:auto}.layout{display:block}.articles{display:block}.doc-body{overflow:visible}.side{display:none}}
`;
