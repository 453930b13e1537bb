/**
 * Character classes by UTF-16 code unit, for the hot loops of the tokenisers and the text scans:
 * the answers of the regular expressions they replace, without building a string per character.
 */

/** JavaScript's \s: ASCII and Unicode white space. */
export function isJsSpace(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff
  );
}

/** An ASCII letter or digit: [A-Za-z0-9]. */
export function isAsciiAlnum(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
}
