/**
 * Styles that live inside the label's shadow root, so the page cannot restyle the label and the
 * label cannot leak styles into the page. `!important` on :host wins over page rules for the host
 * (important declarations from the inner tree beat the outer tree's).
 */
export const NASTALIQ_STACK = "'Noto Nastaliq Urdu', 'Jameel Noori Nastaleeq', 'Urdu Typesetting', serif";

export const LABEL_CSS = `
:host {
  all: initial !important;
  display: block !important;
  margin: 8px 0 !important;
  max-width: 100% !important;
  contain: content;
}
.basirat {
  box-sizing: border-box;
  max-width: 100%;
  padding: 10px 12px;
  border: 1px solid #c4d2e0;
  border-inline-start: 4px solid #4a77a8;
  border-radius: 8px;
  background: #f3f6fa;
  color: #1b2733;
  font: 14px/1.5 system-ui, -apple-system, 'Segoe UI', Roboto, 'Noto Sans', sans-serif;
  text-align: start;
  overflow-wrap: anywhere;
}
.basirat[lang='ur'] {
  font-family: ${NASTALIQ_STACK};
  font-size: 15px;
  /* Nastaliq rises and descends far more than Latin text. */
  line-height: 2.2;
}
p { margin: 0 0 6px; }
.title { font-weight: 600; color: #22476e; }
.summary { font-weight: 500; }
.evidence-text { font-weight: 600; }
.muted { color: #3b4a58; }
.actions { display: flex; flex-wrap: wrap; align-items: center; gap: 8px; margin-top: 8px; }
button, a { font: inherit; line-height: 1.4; }
button {
  min-height: 32px;
  padding: 4px 12px;
  border: 1px solid #4a6a8c;
  border-radius: 6px;
  background: #ffffff;
  color: #1d3d5c;
  cursor: pointer;
}
button:hover { background: #e6eef7; }
button:disabled { cursor: default; opacity: 0.75; }
a { color: #1d4f85; text-decoration: underline; padding: 4px 2px; }
:focus { outline: none; }
:focus-visible { outline: 3px solid #1a5fb4; outline-offset: 2px; border-radius: 4px; }
.why { margin-top: 10px; padding-top: 8px; border-top: 1px solid #d3dde8; }
dl { margin: 0 0 6px; }
dt { font-weight: 600; }
dd { margin: 0 0 6px; }
.sr-only {
  position: absolute; width: 1px; height: 1px; padding: 0; margin: -1px;
  overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; border: 0;
}
@media (prefers-color-scheme: dark) {
  .basirat { background: #18212b; color: #e6edf3; border-color: #34495e; border-inline-start-color: #7fa7d1; }
  .title { color: #a9c8ea; }
  .muted { color: #c3cfda; }
  button { background: #0f161d; color: #d8e6f3; border-color: #6f91b4; }
  button:hover { background: #1d2a37; }
  a { color: #9cc6f0; }
  :focus-visible { outline-color: #8ab4f8; }
  .why { border-top-color: #34495e; }
}
@media (forced-colors: active) {
  .basirat, button { border: 1px solid CanvasText; }
}
`;
