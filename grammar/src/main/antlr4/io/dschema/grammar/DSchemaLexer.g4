// The tokens of the .dschema language (version 1) and of SQLite's CREATE TABLE / CREATE INDEX text.
//
// Keywords are case-insensitive; identifiers keep their spelling. Whitespace is skipped,
// comments (doc comments too) go to the COMMENTS channel, where lowering and the formatter
// find them (BufferedTokenStream.getHiddenTokensToLeft).
// Newlines are emitted on the default channel; NewlineFilter decides which of them separate table
// members and hides the others, so the parser only ever sees significant newlines.
// The last rule, ERROR_CHAR, matches any character no other rule takes: the lexer never fails.
lexer grammar DSchemaLexer;

options { caseInsensitive = true; }

channels { COMMENTS }

@members {
    /** Strings may span lines (SQLite's CREATE text); off for .dschema files. */
    public boolean multilineStrings = false;

    @Override
    public Token nextToken() {
        Token token = super.nextToken();
        if (multilineStrings || token.getType() != STRING) {
            return token;
        }
        String text = token.getText();
        int lineBreak = firstLineBreak(text);
        if (lineBreak < 0) {
            return token;
        }
        // Lex again from the line break: what follows the unclosed quote is read as usual.
        int codePoints = text.codePointCount(0, lineBreak);
        int cut = token.getStartIndex() + codePoints;
        CommonToken unterminated = new CommonToken(_tokenFactorySourcePair, UNTERMINATED_STRING,
                Token.DEFAULT_CHANNEL, token.getStartIndex(), cut - 1);
        unterminated.setLine(token.getLine());
        unterminated.setCharPositionInLine(token.getCharPositionInLine());
        _input.seek(cut);
        setLine(token.getLine());
        setCharPositionInLine(token.getCharPositionInLine() + codePoints);
        return unterminated;
    }

    private static int firstLineBreak(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                return i;
            }
        }
        return -1;
    }
}

// ---- keywords of the .dschema language and of SQLite's expression / CREATE grammar ----
ABORT: 'abort';
ACTION: 'action';
ALWAYS: 'always';
AND: 'and';
AS: 'as';
ASC: 'asc';
AUTOINCREMENT: 'autoincrement';
BETWEEN: 'between';
BY: 'by';
CASCADE: 'cascade';
CASE: 'case';
CAST: 'cast';
CHECK: 'check';
COLLATE: 'collate';
CONFLICT: 'conflict';
CONSTRAINT: 'constraint';
CREATE: 'create';
CURRENT_DATE: 'current_date';
CURRENT_TIME: 'current_time';
CURRENT_TIMESTAMP: 'current_timestamp';
DEFAULT: 'default';
DEFERRABLE: 'deferrable';
DEFERRED: 'deferred';
DELETE: 'delete';
DESC: 'desc';
DISTINCT: 'distinct';
ELSE: 'else';
END: 'end';
ESCAPE: 'escape';
EXISTS: 'exists';
FAIL: 'fail';
FALSE: 'false';
FILTER: 'filter';
FOREIGN: 'foreign';
FROM: 'from';
GENERATED: 'generated';
GLOB: 'glob';
IF: 'if';
IGNORE: 'ignore';
IMMEDIATE: 'immediate';
IN: 'in';
INDEX: 'index';
INITIALLY: 'initially';
IS: 'is';
ISNULL: 'isnull';
KEY: 'key';
LIKE: 'like';
MATCH: 'match';
NO: 'no';
NOT: 'not';
NOTNULL: 'notnull';
NULL: 'null';
ON: 'on';
OR: 'or';
OVER: 'over';
PRIMARY: 'primary';
RAISE: 'raise';
REFERENCES: 'references';
REGEXP: 'regexp';
RENAMED: 'renamed';
REPLACE: 'replace';
RESTRICT: 'restrict';
ROLLBACK: 'rollback';
ROWID: 'rowid';
SELECT: 'select';
SET: 'set';
STORED: 'stored';
STRICT: 'strict';
TABLE: 'table';
TEMP: 'temp';
TEMPORARY: 'temporary';
THEN: 'then';
TRUE: 'true';
UNIQUE: 'unique';
UPDATE: 'update';
VIRTUAL: 'virtual';
WHEN: 'when';
WHERE: 'where';
WITHOUT: 'without';

// ---- punctuation and operators ----
LBRACE: '{';
RBRACE: '}';
LPAREN: '(';
RPAREN: ')';
COMMA: ',';
SEMI: ';';
DOT: '.';
PTR2: '->>';
PTR: '->';
CONCAT: '||';
STAR: '*';
SLASH: '/';
PERCENT: '%';
PLUS: '+';
MINUS: '-';
TILDE: '~';
SHL: '<<';
SHR: '>>';
AMP: '&';
PIPE: '|';
LE: '<=';
GE: '>=';
NE: '!=' | '<>';
EQ2: '==';
EQ: '=';
LT: '<';
GT: '>';

// ---- literals ----
BLOB: 'x' '\'' [0-9a-f]* '\'';
// SQLite takes strings over several lines. In a .dschema file a string ends on its line, so that an
// unclosed quote cannot swallow the rest of the table: nextToken (below) cuts such a string at its
// first line break into an UNTERMINATED_STRING. (Not a semantic predicate: those keep the lexer's
// DFA from caching, which made every string slow to lex.)
STRING: '\'' ( ~'\'' | '\'\'' )* '\'';
HEX_NUMBER: '0x' [0-9a-f]+;
NUMBER
    : DIGITS ( '.' DIGITS? )? EXPONENT?
    | '.' DIGITS EXPONENT?
    ;
fragment DIGITS: [0-9] ( '_'? [0-9] )*;
fragment EXPONENT: 'e' [+-]? DIGITS;

// SQLite also takes ?, ?NNN, :name, @name and $name in expressions; none of them is allowed in a
// schema, but they are lexed so the parser can say so precisely.
PARAMETER: '?' [0-9]* | [:@$] [a-z0-9_]+;

// ---- identifiers ----
IDENTIFIER: NAME_START NAME_PART*;
// Letters beyond ASCII, as SQLite takes them; not the no-break space nor the byte order mark.
fragment NAME_START: [a-z_\u0080-\u009F\u00A1-\uFEFE\uFF00-\u{10FFFF}];
fragment NAME_PART: NAME_START | [0-9$];
QUOTED_IDENTIFIER
    : '"' ( ~'"' | '""' )* '"'
    | '`' ( ~'`' | '``' )* '`'
    | '[' ~']'* ']'
    ;

// ---- trivia ----
DOC_COMMENT: '///' ~[\r\n]* -> channel(COMMENTS);
LINE_COMMENT: ( '//' | '--' ) ~[\r\n]* -> channel(COMMENTS);
BLOCK_COMMENT: '/*' .*? ( '*/' | EOF ) -> channel(COMMENTS);
NEWLINE: '\r'? '\n' | '\r';
// Skipped, not kept on a channel: a third of all tokens, and nothing needs them (the gaps between
// tokens are read off their offsets).
WHITESPACE: [ \t\f\u000B\u00A0\uFEFF]+ -> skip;

// Unterminated strings and quoted names: one token to the end of the line, so the error says
// "unterminated" instead of failing character by character.
UNTERMINATED_STRING: '\'' ( ~['\r\n] | '\'\'' )*;
UNTERMINATED_QUOTED: ( '"' ~["\r\n]* | '`' ~[`\r\n]* | '[' ~[\]\r\n]* );

ERROR_CHAR: .;
