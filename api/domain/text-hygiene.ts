/**
 * What a stored text may contain (issue 15, item 8). Texts reach staff screens, public pages,
 * HSDS exports and e-mails; invisible characters there deceive people:
 * - bidirectional overrides and isolates (U+202A–202E, U+2066–2069) make a trade name read
 *   backwards in the staff diff ("Trojan Source", CVE-2021-42574);
 * - C0 and C1 control characters (NUL among them) and DEL break CSV, e-mail headers and
 *   terminals; tab and line breaks are allowed only in long texts (descriptions, comments);
 * - lone UTF-16 surrogates are not characters at all (they cannot be encoded as UTF-8).
 * Accepted text is normalised to NFC, so "ά" typed as α + combining acute and as one code
 * point are stored, compared and searched as the same string.
 */
import { msg, type Message } from './messages/index.ts';

export type TextCheck = { ok: true; value: string } | { ok: false; problem: Message };

// Without the u flag the regex sees UTF-16 code units: a high surrogate not followed by a low one, or a low one alone.
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/u;
// Matching control characters is the point of these two (eslint's rule guards against them by accident).
// eslint-disable-next-line no-control-regex
const CONTROLS_SINGLE_LINE = /[\u0000-\u001F\u007F-\u009F]/u;
// eslint-disable-next-line no-control-regex
const CONTROLS_MULTI_LINE = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/u;

const PROBLEMS = {
  bidi: msg('text.bidi'),
  control: msg('text.control'),
  lineBreak: msg('text.line_break'),
  surrogate: msg('text.surrogate'),
} as const;

/** Checks one text; `multiline` allows tab and line breaks (CRLF and CR become LF). */
export function checkText(value: string, options: { multiline: boolean }): TextCheck {
  if (LONE_SURROGATE.test(value)) return { ok: false, problem: PROBLEMS.surrogate };
  if (BIDI_CONTROLS.test(value)) return { ok: false, problem: PROBLEMS.bidi };
  if (options.multiline) {
    if (CONTROLS_MULTI_LINE.test(value)) return { ok: false, problem: PROBLEMS.control };
    return { ok: true, value: value.replace(/\r\n?/g, '\n').normalize('NFC') };
  }
  if (CONTROLS_SINGLE_LINE.test(value)) {
    return {
      ok: false,
      problem: /[\t\n\r]/.test(value) && !CONTROLS_MULTI_LINE.test(value) ? PROBLEMS.lineBreak : PROBLEMS.control,
    };
  }
  return { ok: true, value: value.normalize('NFC') };
}

/**
 * The check every text in a request must pass whatever field it is in (the per-field rules
 * add the single-line rule): no bidi controls, no controls but tab and line breaks, no lone
 * surrogates.
 */
export function checkAnyText(value: string): TextCheck {
  return checkText(value, { multiline: true });
}
