import { apiRequest } from '../../shared/api-client.ts';

/** Thin typed call for /api/v1/mail-outbox (admins). */

/** One message (the route's OutboxMessageSchema is not exported yet: keep in step with it). */
export interface OutboxMessage {
  id: string;
  kind: string;
  to: string;
  subject: string;
  text: string | null;
  status: 'stored' | 'sending' | 'sent' | 'failed';
  error: string | null;
  createdAt: string;
  sentAt: string | null;
}

export const listOutbox = () => apiRequest<{ items: OutboxMessage[] }>('GET', '/api/v1/mail-outbox?limit=100');
