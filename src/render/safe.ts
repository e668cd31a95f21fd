// Text taken from the inputs is shown to people: neutralise anything that could drive a terminal or a CI log
// (escape sequences, other control characters, bidirectional overrides). JSON keeps the exact text.

const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u202A-\u202E\u2066-\u2069\u061C]/g;

export function safe(s: string): string {
  return s.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** One line: newlines and tabs folded too. */
export function safeLine(s: string): string {
  return safe(s.replace(/[\r\n\t]+/g, ' '));
}
