// The web app's stylesheet, served from /assets/app.css (the page policy allows only same-origin styles).

export const APP_STYLE = `
:root{--bg:#f7f6f2;--paper:#fff;--ink:#1d2126;--muted:#5d6672;--line:#e2ded4;--accent:#3451a8;--conflict:#b42318;
--ui:system-ui,-apple-system,"Segoe UI",Roboto,"Helvetica Neue","Noto Sans","DejaVu Sans",Arial,sans-serif}
*{box-sizing:border-box}
html,body{margin:0}
body{background:var(--bg);color:var(--ink);font:15px/1.5 var(--ui);min-height:100vh;display:flex;flex-direction:column}
a{color:var(--accent)}
.bar{display:flex;align-items:center;gap:18px;padding:10px 20px;background:var(--paper);border-bottom:1px solid var(--line)}
.bar .brand{font-weight:700;color:var(--ink);text-decoration:none;letter-spacing:-.01em}
.bar nav{display:flex;gap:14px}
.bar nav a{text-decoration:none;color:var(--muted)}
.bar nav a[aria-current=page]{color:var(--ink);font-weight:600}
main{flex:1;width:100%;max-width:1100px;margin:0 auto;padding:18px 20px}
main.wide{max-width:none;display:flex;flex-direction:column}
h1{font-size:22px;margin:4px 0 12px;letter-spacing:-.01em}
.search{display:flex;gap:8px;margin:0 0 16px}
.search input{flex:1;max-width:520px}
input,textarea,button{font:inherit}
input[type=search],input[type=text],input[type=date],textarea{padding:7px 9px;border:1px solid #cfc9bc;border-radius:6px;background:var(--paper);color:var(--ink)}
button{padding:7px 14px;border:1px solid #cfc9bc;border-radius:6px;background:var(--paper);cursor:pointer}
button.primary{background:var(--accent);border-color:var(--accent);color:#fff;font-weight:600}
button:disabled{opacity:.6;cursor:progress}
.stories{list-style:none;margin:0;padding:0;display:flex;flex-direction:column;gap:8px}
.stories li{background:var(--paper);border:1px solid var(--line);border-radius:8px;padding:10px 14px}
.stories a{font-weight:600;text-decoration:none;font-size:16px}
.meta{color:var(--muted);font-size:13px}
.empty{color:var(--muted)}
.articles-list{margin:0 0 12px;padding-left:20px;color:var(--muted);font-size:14px}
.formats{font-size:13px;color:var(--muted);margin:0 0 10px}
iframe.report{flex:1;width:100%;min-height:75vh;border:1px solid var(--line);border-radius:8px;background:var(--paper)}
.inputs{display:grid;grid-template-columns:repeat(auto-fit,minmax(300px,1fr));gap:12px}
fieldset.article{margin:0;border:1px solid var(--line);border-radius:8px;background:var(--paper);padding:8px 12px 12px;display:flex;flex-direction:column;gap:6px}
fieldset.article legend{font-weight:600;padding:0 4px}
fieldset.article .row{display:flex;gap:6px}
fieldset.article .row input{flex:1;min-width:0}
fieldset.article textarea{min-height:190px;resize:vertical;width:100%}
.drop{margin:12px 0;padding:14px;border:2px dashed #cfc9bc;border-radius:8px;text-align:center;color:var(--muted);background:var(--paper)}
.drop.over{border-color:var(--accent);color:var(--accent)}
.actions{display:flex;gap:10px;align-items:center;flex-wrap:wrap;margin-bottom:12px}
#status{margin:0;color:var(--muted)}
#status.error{color:var(--conflict);font-weight:600}
.sr{position:absolute;width:1px;height:1px;overflow:hidden;clip:rect(0 0 0 0)}
`;
