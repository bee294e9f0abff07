// Injected by ReportTests into a copy of the report: once fonts are ready, writes one line per chart label
// made of CJK characters only (chart id, text, font size, expected width at 1em a character, drawn width),
// the embedded face's status, and the same label drawn in the fallback font alone, into <pre id="probe">.
document.fonts.ready.then(() => {
  const out = [];
  const face = [...document.fonts].find(f => f.family.replace(/"/g, '') === 'CampaignText CJK');
  out.push('face\t' + (face ? face.status : 'missing'));
  const cjk = /^[\u3400-\u9fff]+$/;
  for (const svg of document.querySelectorAll('svg.chart')) {
    for (const t of svg.querySelectorAll('text')) {
      const s = t.textContent;
      if (!cjk.test(s)) continue;
      const size = parseFloat(t.getAttribute('font-size'));
      out.push(['label', svg.id, s, size * s.length, t.getComputedTextLength()].join('\t'));
    }
  }
  const ns = 'http://www.w3.org/2000/svg';
  const svg = document.createElementNS(ns, 'svg');
  const t = document.createElementNS(ns, 'text');
  t.setAttribute('font-size', '12');
  t.setAttribute('style', 'font-family: sans-serif');
  t.textContent = '文明创建';
  svg.appendChild(t);
  document.body.appendChild(svg);
  out.push(['fallback', '', t.textContent, 12 * 4, t.getComputedTextLength()].join('\t'));
  const pre = document.createElement('pre');
  pre.id = 'probe';
  pre.textContent = out.join('\n');
  document.body.appendChild(pre);
});
