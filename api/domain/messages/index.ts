import { DEFAULT_LANG, type Lang } from '../languages.ts';
import { el } from './el.ts';
import type { Catalogue, MessageKey } from './catalogue.ts';
import { en } from './en.ts';

/**
 * The server's texts for people (problem titles and details, field reasons), one
 * catalogue per language. English is the reference: its keys are the message ids, and a
 * catalogue that lacks one (or has one too many) does not compile. `{name}` marks a
 * parameter; a parameter may itself be a message, translated in the same language.
 */
export type { Catalogue, MessageKey };

type Placeholders<S extends string> = S extends `${string}{${infer P}}${infer Rest}` ? P | Placeholders<Rest> : never;
export type ParamValue = string | number | Message;
type ParamsOf<K extends MessageKey> = [Placeholders<(typeof en)[K]>] extends [never]
  ? []
  : [Record<Placeholders<(typeof en)[K]>, ParamValue>];

export interface Message {
  readonly key: MessageKey;
  readonly params?: Readonly<Record<string, ParamValue>>;
}

/** A message id with its parameters, checked against the English text's `{placeholders}`. */
export function msg<K extends MessageKey>(key: K, ...params: ParamsOf<K>): Message {
  return params.length ? { key, params: params[0] } : { key };
}

const CATALOGUES: Readonly<Record<Lang, Catalogue>> = { el, en };

/** The message in `lang` (Greek when the language is unknown), parameters filled in. */
export function translate(message: Message, lang: Lang = DEFAULT_LANG): string {
  const catalogue = CATALOGUES[lang] ?? CATALOGUES[DEFAULT_LANG];
  return catalogue[message.key].replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = message.params?.[name];
    if (value === undefined) return whole;
    return typeof value === 'object' ? translate(value, lang) : String(value);
  });
}
