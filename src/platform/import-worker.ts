// A dedicated worker the options page starts for one import: it reads the picked file, checks it
// and installs it into the extension's IndexedDB, and posts back the verdict. Running here, the
// work — inflating, scanning and parsing up to hundreds of megabytes — blocks neither the options
// page nor the background, and the file never crosses a message (a File is passed as a handle).
import { CorroborateDb } from '../data/db';
import type { ImportResult } from '../messaging/protocol';
import { importPackFile } from '../services/packs';

export type ImportRequest = { file: File; installedAt: string };
export type ImportReply = { ok: true; result: ImportResult } | { ok: false; message: string };

const scope = self as unknown as { onmessage: ((e: MessageEvent<ImportRequest>) => void) | null; postMessage(m: ImportReply): void };

scope.onmessage = (e) => {
  const db = new CorroborateDb();
  importPackFile(db, e.data.file, e.data.installedAt)
    .then((result) => scope.postMessage({ ok: true, result }))
    .catch((err: unknown) => scope.postMessage({ ok: false, message: err instanceof Error ? err.message : String(err) }))
    .finally(() => db.close());
};
