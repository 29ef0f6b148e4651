import { readFileSync } from "fs";
import { parse } from "yaml";
import { corpusNotes, recordedLog, remoteFromRecorded } from "./test/core/corpus-helpers";
import { readReference, isNotAReference, notIndexedReason } from "./src/core/reference";
import { compareReference } from "./src/core/compare";
import { scoreCandidate, identityProblem } from "./src/core/match";
const labels = parse(readFileSync("eval/labels.yaml","utf8")) as any[];
const byKey = new Map(labels.map(l=>[l.key,l]));
let agree=0, n=0;
for (const {file, fm} of corpusNotes()) {
  const log = recordedLog(fm) as any; if (!log?.remote) continue;
  const key = String(fm.citation_key); const l = byKey.get(key); if (!l) { console.log("nolabel", key); continue; }
  const ref = readReference(fm); if (isNotAReference(ref)) continue;
  const w = remoteFromRecorded(log.remote, log.paper_id);
  const c = compareReference(ref, w);
  const ours = c.status === "confirmed" ? "none" : c.severity;
  const sc = scoreCandidate(ref, w); const ni = notIndexedReason(ref); const idp = (ref.doi || ref.arxivId) ? identityProblem(ref, w) : null;
  const pipeline = ni ? "skipped" : (ref.doi && w.doi === ref.doi) || (ref.arxivId && w.arxivId === ref.arxivId) ? (idp ? "major(identity)" : ours) : sc.accept ? ours : "not_found";
  n++;
  const ideal = l.label === "exclude" ? l.expect : l.severity;
  const ok = l.label === "exclude" ? String(l.expect).includes(pipeline.replace(/\(.*/,"")) || (l.expect==="mismatch" && pipeline!=="none" && pipeline!=="not_found") : ideal === ours && pipeline !== "not_found";
  if (ok) agree++; else console.log(`${key.padEnd(34)} ${l.label.padEnd(10)} ideal=${String(ideal).padEnd(10)} compare=${String(ours).padEnd(6)} pipeline=${pipeline.padEnd(10)} ${sc.accept?"":sc.reason} || ${c.notes.join(" | ")}`);
}
console.log(agree, "/", n);
