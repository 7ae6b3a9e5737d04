import { apiRequest } from './http.ts';

/** Thin typed call for /api/v1/mail-outbox (admins). */
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
