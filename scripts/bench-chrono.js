// chrono-node over the same JSONL corpus as `chronicle timex --format jsonl`, for
// `scripts/bench timex`: reads every record, parses its text with the record's `dct` as
// the reference date (chrono.parse), and writes one JSON line per article with the
// expressions found (text, char index, start date), as chronicle writes its own.
//
//   node scripts/bench-chrono.js CORPUS.jsonl > out.jsonl
//   (NODE_PATH=DIR/node_modules when chrono-node is installed outside the repo)
"use strict";
const fs = require("fs");
const chrono = require("chrono-node");

const lines = fs.readFileSync(process.argv[2], "utf8").split("\n");
const out = [];
for (const line of lines) {
  if (!line.trim()) continue;
  const rec = JSON.parse(line);
  const ref = rec.dct ? new Date(rec.dct + "T12:00:00Z") : new Date();
  const found = chrono.parse(rec.text || "", ref).map((r) => ({
    start: r.index,
    text: r.text,
    value: r.start.date().toISOString(),
  }));
  out.push(JSON.stringify({ id: rec.id, dct: rec.dct || null, timexes: found }));
}
fs.writeFileSync(1, out.join("\n") + "\n");
