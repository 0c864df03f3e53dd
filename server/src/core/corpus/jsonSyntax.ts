import { printParseErrorCode, type ParseErrorCode } from 'jsonc-parser';

// jsonc-parser names its errors in code ("CloseBraceExpected"); a writer fixing a settings file or a
// bibliography wants to be told what to type.
const PLAIN: Partial<Record<string, string>> = {
  InvalidSymbol: 'unexpected character (a value must be a "string" in double quotes, a number, true, false, null, [list] or {object})',
  InvalidNumberFormat: 'this number is not written as JSON writes numbers',
  PropertyNameExpected: 'a property name in double quotes is expected here',
  ValueExpected: 'a value is expected here',
  ColonExpected: 'a colon (:) is missing after the property name',
  CommaExpected: 'a comma (,) is missing between two entries',
  CloseBraceExpected: 'a closing brace } is missing',
  CloseBracketExpected: 'a closing bracket ] is missing',
  EndOfFileExpected: 'text after the end of the JSON value (one value per file)',
  InvalidCommentToken: 'a comment is not closed or not written as // or /* */',
  UnexpectedEndOfComment: 'a /* comment */ is not closed',
  UnexpectedEndOfString: 'a string is not closed with a double quote',
  UnexpectedEndOfNumber: 'a number ends too early',
  InvalidUnicode: 'an invalid \\u escape in a string',
  InvalidEscapeCharacter: 'an invalid escape (\\) in a string',
  InvalidCharacter: 'a character that is not allowed in a string (a line break or tab must be written \\n or \\t)',
};

/** A JSON syntax error in words, with the parser's own code after it for searching ("a comma (,) is missing … (CommaExpected)"). */
export function jsonErrorInWords(code: ParseErrorCode): string {
  const name = printParseErrorCode(code);
  return PLAIN[name] ? `${PLAIN[name]} (${name})` : name;
}
