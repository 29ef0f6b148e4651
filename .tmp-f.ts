import { corpusNotes, recordedLog, remoteFromRecorded } from "./test/core/corpus-helpers";
import { readReference, isNotAReference } from "./src/core/reference";
import { compareReference } from "./src/core/compare";
const kinds: Record<string, number> = {}; let shown = 0;
for (const {file, fm} of corpusNotes()) {
  const log = recordedLog(fm) as any; if (!log?.remote || !log.fields?.authors?.details) continue;
  const ref = readReference(fm); if (isNotAReference(ref)) continue;
  const c = compareReference(ref, remoteFromRecorded(log.remote, log.paper_id));
  const od = c.fields.authors.details, rd = log.fields.authors.details as any[];
  for (let i = 0; i < Math.min(od.length, rd.length); i++) {
    const a = od[i], b = rd[i];
    if (a.local !== b.local || a.remote !== b.remote) { kinds.pairing = (kinds.pairing ?? 0) + 1; continue; }
    if (a.first_match !== b.first_match || a.last_match !== b.last_match) {
      kinds.flags = (kinds.flags ?? 0) + 1;
      if (shown++ < 25) console.log(file, JSON.stringify(a.local), JSON.stringify(a.remote), "ours", a.first_match, a.last_match, "rec", b.first_match, b.last_match, log.checked_with);
    }
  }
  if (od.length !== rd.length) kinds.len = (kinds.len ?? 0) + 1;
}
console.log(kinds);
