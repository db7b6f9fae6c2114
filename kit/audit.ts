/**
 * The audit log: authorization refusals and every read of petitioners' personal data, one JSON object a
 * line on standard output (collected like any container log). It names accounts, roles, agencies, petition
 * ids and field paths — never personal data, tokens, arguments or messages that could carry them.
 */
export type AuditEvent =
  | {
      event: 'authorization.refused';
      service: string;
      code: string;
      operation: string | null;
      path: string | null;
      subject: string | null;
      role: string;
      agencyId: string | null;
    }
  | { event: 'authentication.refused'; service: string; reason: string }
  | { event: 'request.unsigned'; service: string }
  | {
      event: 'personal_data.read';
      service: string;
      subject: string | null;
      role: string;
      agencyId: string | null;
      petitionIds: string[];
      masked: boolean;
    };

export type AuditEntry = AuditEvent & { at: string };
type AuditSink = (entry: AuditEntry) => void;

const writeLine: AuditSink = (entry) => {
  process.stdout.write(`${JSON.stringify({ audit: true, ...entry })}\n`);
};
let sink: AuditSink = writeLine;

export function audit(event: AuditEvent): void {
  sink({ ...event, at: new Date().toISOString() });
}

/** Where entries go (tests collect them); returns a function that puts the previous sink back. */
export function setAuditSink(next: AuditSink): () => void {
  const previous = sink;
  sink = next;
  return () => {
    sink = previous;
  };
}
