import { log } from './log.ts';

/**
 * The audit log: authorization refusals and every read of petitioners' personal data, lines of the services'
 * log (kit/log.ts) marked `"audit": true`. It names accounts, roles, agencies, petition ids and field paths —
 * never personal data, tokens, arguments or messages that could carry them.
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

// Written whatever LOG_LEVEL says: an audit trail is not a matter of verbosity.
const auditLog = log.child({ audit: true }, { level: 'info' });

/** Writes an entry to the log (the default sink). */
export const logAudit: AuditSink = (entry) => auditLog.info(entry, 'audit');
let sink: AuditSink = logAudit;

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
