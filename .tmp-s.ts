import { corpusNotes, recordedLog, remoteFromRecorded } from "./test/core/corpus-helpers";
import { readReference, isNotAReference } from "./src/core/reference";
import { scoreCandidate } from "./src/core/match";
for (const {file, fm} of corpusNotes()) {
  const log = recordedLog(fm) as any; if (!log?.remote) continue;
  const ref = readReference(fm); if (isNotAReference(ref)) continue;
  const s = scoreCandidate(ref, remoteFromRecorded(log.remote, log.paper_id));
  if (!s.accept) console.log(log.status, file, ref.entryType, s.reason);
}
