// Text taken from the inputs is shown to people: neutralise anything that could drive a terminal or a CI log
// (escape sequences, other control characters, bidirectional overrides, and the line and paragraph separators
// U+2028/U+2029, which some viewers and JavaScript-based log readers take as line breaks). JSON keeps the exact text.

const UNSAFE = /[\u0000-\u0008\u000B-\u001F\u007F-\u009F\u200E\u200F\u2028-\u202E\u2066-\u2069\u061C]/g;

export function safe(s: string): string {
  return s.replace(UNSAFE, (c) => `\\u{${c.codePointAt(0)!.toString(16).toUpperCase()}}`);
}

/** One line: newlines and tabs folded too. */
export function safeLine(s: string): string {
  return safe(s.replace(/[\r\n\t]+/g, ' '));
}
