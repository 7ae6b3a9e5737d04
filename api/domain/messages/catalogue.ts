import type { en } from './en.ts';

/** English is the reference: its keys are the message ids every catalogue must have, no more, no fewer. */
export type MessageKey = keyof typeof en;
export type Catalogue = Record<MessageKey, string>;
