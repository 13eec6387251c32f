// Checks every ```mermaid block of Markdown files with Mermaid's own parser.
//
//   node check.mjs FILE.md...
//
// Each block goes through mermaid.parse(), the call Obsidian's renderer makes
// first (entity codes such as #35; are decoded the same way). A parse that
// succeeds can still lose text: a gantt task whose name Mermaid reads as a
// keyword or a comment disappears without an error, and bad task data only
// fails when the chart is drawn. So the parsed diagram is inspected too:
//   gantt:     every task is compiled (dates computed, as drawing does); every
//              line whose data names a task id (`: done, s1g2, 2026-01-05, 0d`)
//              yields a task with that id; every `section` line a section.
//   flowchart: every node declared at the start of a line (`n3("...")`) is a
//              node of the chart; every `-->` line adds one edge.
// A file without a mermaid block fails, so a check cannot pass on nothing.
// Exit 0 when every block passes, 1 when one fails (the parser's message is
// printed with the file, line and block), 2 on a usage or set-up error.
import { readFileSync } from 'node:fs';

const files = process.argv.slice(2);
if (files.length === 0) {
  console.error('usage: node check.mjs FILE.md...');
  process.exit(2);
}

// Mermaid's flowchart sanitizes labels with DOMPurify, which needs a DOM when
// the module loads: jsdom stands in for the browser.
let mermaid;
try {
  const { JSDOM } = await import('jsdom');
  const { window } = new JSDOM('<!doctype html><html><body></body></html>');
  globalThis.window = window;
  globalThis.document = window.document;
  ({ default: mermaid } = await import('mermaid'));
} catch (e) {
  console.error(`cannot load mermaid and jsdom (run \`npm ci\` in tests/js/mermaid): ${e.message}`);
  process.exit(2);
}
mermaid.initialize({ startOnLoad: false, logLevel: 'fatal' });

// Mermaid's default `maxTextSize`: a longer diagram is drawn as an error.
const MAX_TEXT_SIZE = 50000;

/// The mermaid blocks of a CommonMark document: {line, text} with `line` the
/// 1-based line of the opening fence. Fences inside other code blocks are text.
function mermaidBlocks(markdown) {
  const lines = markdown.split(/\r?\n/);
  const blocks = [];
  let open = null; // {char, len, mermaid, line, body}
  lines.forEach((line, i) => {
    if (open) {
      const close = /^ {0,3}(`{3,}|~{3,})[ \t]*$/.exec(line);
      if (close && close[1][0] === open.char && close[1].length >= open.len) {
        if (open.mermaid) blocks.push({ line: open.line, text: open.body.join('\n') });
        open = null;
      } else {
        open.body.push(line);
      }
      return;
    }
    const start = /^ {0,3}(`{3,}|~{3,})[ \t]*([^`\s]*)/.exec(line);
    if (start) {
      open = {
        char: start[1][0],
        len: start[1].length,
        mermaid: start[2] === 'mermaid',
        line: i + 1,
        body: [],
      };
    }
  });
  if (open && open.mermaid) blocks.push({ line: open.line, text: open.body.join('\n'), unclosed: true });
  return blocks;
}

function checkGantt(text, db) {
  const problems = [];
  let tasks;
  try {
    tasks = db.getTasks();
  } catch (e) {
    return [`the tasks do not compile: ${e.message}`];
  }
  for (const t of tasks) {
    const bad = (d) => !(d instanceof Date) || Number.isNaN(d.getTime());
    if (bad(t.startTime) || bad(t.endTime)) problems.push(`task ${t.id} "${t.task}" has no valid dates`);
  }
  const ids = new Set(tasks.map((t) => t.id));
  text.split('\n').forEach((line, i) => {
    const m = /:\s*((?:(?:done|active|crit|milestone|vert)\s*,\s*)*)([A-Za-z_][\w-]*)\s*,\s*\d{4}-\d\d-\d\d\s*,/.exec(line);
    if (m && !ids.has(m[2]))
      problems.push(`line ${i + 1} of the block names task ${m[2]}, but Mermaid read no such task: ${line.trim()}`);
  });
  const sectionLines = text.split('\n').filter((l) => /^\s*section\s/i.test(l)).length;
  const sections = db.getSections().length;
  if (sections !== sectionLines)
    problems.push(`${sectionLines} section lines but Mermaid read ${sections} sections`);
  return problems;
}

function checkFlowchart(text, db) {
  const problems = [];
  const vertices = db.getVertices();
  const has = (id) => (vertices instanceof Map ? vertices.has(id) : id in vertices);
  const lines = text.split('\n');
  lines.forEach((line, i) => {
    const m = /^\s*([A-Za-z_][\w]*)\s*(?:\(|\[|\{|>)/.exec(line);
    if (m && !['classDef', 'class', 'style', 'linkStyle', 'click', 'subgraph'].includes(m[1]) && !has(m[1]))
      problems.push(`line ${i + 1} of the block declares node ${m[1]}, but Mermaid read no such node`);
  });
  const edgeLines = lines.filter((l) => l.includes('-->')).length;
  const edges = db.getEdges().length;
  if (edges !== edgeLines) problems.push(`${edgeLines} edge lines but Mermaid read ${edges} edges`);
  return problems;
}

let failed = 0;
let checked = 0;
for (const file of files) {
  let markdown;
  try {
    markdown = readFileSync(file, 'utf8');
  } catch (e) {
    console.error(`${file}: cannot read: ${e.message}`);
    process.exit(2);
  }
  const blocks = mermaidBlocks(markdown);
  if (blocks.length === 0) {
    console.error(`${file}: no \`\`\`mermaid block`);
    ++failed;
    continue;
  }
  for (const [n, block] of blocks.entries()) {
    const where = `${file}:${block.line}: mermaid block ${n + 1}`;
    ++checked;
    const problems = [];
    let type = '?';
    if (block.unclosed) problems.push('the code fence is never closed');
    if (block.text.length > MAX_TEXT_SIZE)
      problems.push(`${block.text.length} characters, over Mermaid's maxTextSize of ${MAX_TEXT_SIZE}`);
    try {
      ({ diagramType: type } = await mermaid.parse(block.text));
      const diagram = await mermaid.mermaidAPI.getDiagramFromText(block.text);
      if (type === 'gantt') problems.push(...checkGantt(block.text, diagram.db));
      else if (type.startsWith('flowchart')) problems.push(...checkFlowchart(block.text, diagram.db));
    } catch (e) {
      problems.push(String(e?.message ?? e));
    }
    if (problems.length > 0) {
      ++failed;
      for (const p of problems) console.error(`${where} (${type}): ${p}`);
    } else {
      console.log(`${where} (${type}): ok`);
    }
  }
}
console.log(failed > 0 ? `mermaid check: ${failed} problem block(s) or file(s) of ${files.length} file(s)` : `mermaid check: all ${checked} block(s) parse`);
process.exit(failed > 0 ? 1 : 0);
