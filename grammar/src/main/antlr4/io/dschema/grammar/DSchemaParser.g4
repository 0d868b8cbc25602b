// The .dschema language (version 1), see docs/language.md, and SQLite's CREATE TABLE / CREATE INDEX
// as SQLite stores them in sqlite_master (entry rules createTableStatement, createIndexStatement).
//
// Both share the member and expression rules. A few things SQLite accepts and the language does
// not say (CONSTRAINT names, ON CONFLICT, string literals as names, a bare word as a default) are
// parsed here so that lowering can refuse them with a precise message, instead of a syntax error.
//
// NEWLINE tokens reach the parser only where they separate table members (NewlineFilter).
parser grammar DSchemaParser;

options { tokenVocab = DSchemaLexer; }


// ---------------------------------------------------------------- entry rules

schemaFile
    : tableDecl* EOF
    ;

createTableStatement
    : CREATE (TEMP | TEMPORARY)? TABLE (IF NOT EXISTS)? ( name DOT )? declName
      LPAREN tableElement (COMMA tableElement)* RPAREN tableOptions? SEMI? EOF
    ;

createIndexStatement
    : CREATE UNIQUE? INDEX (IF NOT EXISTS)? ( name DOT )? declName ON declName
      LPAREN indexedColumn (COMMA indexedColumn)* RPAREN (WHERE expr)? SEMI? EOF
    ;

// An expression on its own, as completion, tests and the inspector need it.
standaloneExpr
    : expr EOF
    ;

// ---------------------------------------------------------------- tables

tableDecl
    : TABLE declName tableHeaderItem* tableBody
    ;

tableHeaderItem
    : COMMA? ( STRICT | WITHOUT ROWID | renameHint )
    ;

renameHint
    : RENAMED FROM declName
    ;

// Every member is followed by a separator: NewlineFilter puts a newline before a `}` that ends a
// member's line. So the loop decides on one token, a member can only end at a separator (no
// decision inside a member is ambiguous, two members on one line are an error), and error recovery
// resynchronises at the next separator (FriendlyErrorStrategy).
tableBody
    : LBRACE ( separator | member separator )* RBRACE
    ;

separator
    : NEWLINE
    | SEMI
    | COMMA
    ;

member
    : indexDef
    | tableConstraint
    | columnDef
    ;

// SQLite's table-options after the closing parenthesis of CREATE TABLE.
tableOptions
    : tableOption ( COMMA tableOption )*
    ;

tableOption
    : STRICT
    | WITHOUT ROWID
    ;

tableElement
    : tableConstraint
    | columnDef
    ;

// ---------------------------------------------------------------- columns

columnDef
    : declName typeName? columnConstraint*
    ;

typeName
    : typeWord+ ( LPAREN signedNumber ( COMMA signedNumber )? RPAREN )?
    ;

typeWord
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    | STRING
    | softKeyword
    ;

columnConstraint
    : ( CONSTRAINT name )? columnConstraintBody
    | renameHint
    ;

columnConstraintBody
    : PRIMARY KEY ( ASC | DESC )? conflictClause? AUTOINCREMENT?           # primaryKeyConstraint
    | NOT NULL conflictClause?                                             # notNullConstraint
    | NULL conflictClause?                                                 # nullConstraint
    | UNIQUE conflictClause?                                               # uniqueConstraint
    | CHECK name? LPAREN expr RPAREN                                       # checkConstraint
    | DEFAULT defaultValue                                                 # defaultConstraint
    | COLLATE name                                                         # collateConstraint
    | foreignKeyClause                                                     # referencesConstraint
    | ( GENERATED ALWAYS )? AS LPAREN expr RPAREN ( STORED | VIRTUAL )?    # generatedConstraint
    ;

defaultValue
    : signedNumber
    | literal
    | LPAREN expr RPAREN
    | name
    ;

conflictClause
    : ON CONFLICT ( ROLLBACK | ABORT | FAIL | IGNORE | REPLACE )
    ;

// ---------------------------------------------------------------- table members

indexDef
    : UNIQUE? INDEX declName ON LPAREN indexedColumn ( COMMA indexedColumn )* RPAREN ( WHERE expr )?
    ;

// A column name or an expression, with its collation (peeled off the expression by lowering)
// and its order.
indexedColumn
    : expr ( ASC | DESC )?
    ;

tableConstraint
    : ( CONSTRAINT name )? tableConstraintBody
    ;

tableConstraintBody
    : PRIMARY KEY LPAREN indexedColumn ( COMMA indexedColumn )* AUTOINCREMENT? RPAREN conflictClause? # primaryKeyMember
    | UNIQUE name? LPAREN indexedColumn ( COMMA indexedColumn )* RPAREN conflictClause?  # uniqueMember
    | FOREIGN KEY LPAREN name ( COMMA name )* RPAREN foreignKeyClause                    # foreignKeyMember
    | CHECK name? LPAREN expr RPAREN conflictClause?                                     # checkMember
    ;

foreignKeyClause
    : REFERENCES declName ( LPAREN name ( COMMA name )* RPAREN )? foreignKeyOption* deferrableClause?
    ;

foreignKeyOption
    : ON ( DELETE | UPDATE ) foreignKeyAction
    | MATCH name
    ;

foreignKeyAction
    : SET NULL
    | SET DEFAULT
    | CASCADE
    | RESTRICT
    | NO ACTION
    ;

deferrableClause
    : NOT? DEFERRABLE ( INITIALLY ( DEFERRED | IMMEDIATE ) )?
    ;

// ---------------------------------------------------------------- expressions
// One left-recursive rule with SQLite's precedence, alternatives listed from the tightest binding
// to the loosest. SQLite puts = IS IN LIKE BETWEEN ISNULL ... on one level, left-associative; ANTLR
// gives each alternative its own level, and with these below the comparison operator they still
// group left to right (a lower level applies to everything parsed before it). BETWEEN's bounds are
// `term`s: everything that binds tighter than that level, so `x BETWEEN 1 AND 2 AND y` keeps its
// second AND outside, as SQLite reads it. ExpressionPrecedenceTest checks the grouping against
// SQLite itself on random expressions.

expr
    : primary                                                              # primaryExpr
    | op=( MINUS | PLUS | TILDE ) expr                                     # unaryExpr
    | expr COLLATE name                                                    # collateExpr
    | expr op=( CONCAT | PTR | PTR2 ) expr                                 # binaryExpr
    | expr op=( STAR | SLASH | PERCENT ) expr                              # binaryExpr
    | expr op=( PLUS | MINUS ) expr                                        # binaryExpr
    | expr op=( AMP | PIPE | SHL | SHR ) expr                              # binaryExpr
    | expr ESCAPE expr                                                     # escapeExpr
    | expr op=( LT | LE | GT | GE ) expr                                   # binaryExpr
    | expr comparisonOperator expr                                         # comparisonExpr
    | expr NOT? BETWEEN term AND term                                      # betweenExpr
    | expr NOT? IN ( LPAREN ( selectStatement | expr ( COMMA expr )* )? RPAREN | qualifiedName ) # inExpr
    | expr ( ISNULL | NOTNULL | NOT NULL )                                 # nullTestExpr
    | NOT expr                                                             # notExpr
    | expr AND expr                                                        # andExpr
    | expr OR expr                                                         # orExpr
    ;

// A BETWEEN bound: the operators that bind tighter than the comparison level.
term
    : primary                                                              # primaryTerm
    | op=( MINUS | PLUS | TILDE ) term                                     # unaryTerm
    | term COLLATE name                                                    # collateTerm
    | term op=( CONCAT | PTR | PTR2 ) term                                 # binaryTerm
    | term op=( STAR | SLASH | PERCENT ) term                              # binaryTerm
    | term op=( PLUS | MINUS ) term                                        # binaryTerm
    | term op=( AMP | PIPE | SHL | SHR ) term                              # binaryTerm
    | term ESCAPE term                                                     # escapeTerm
    | term op=( LT | LE | GT | GE ) term                                   # binaryTerm
    ;

primary
    : literal                                                              # literalPrimary
    | PARAMETER                                                            # parameterPrimary
    | RAISE LPAREN ( IGNORE | ( ROLLBACK | ABORT | FAIL ) COMMA STRING ) RPAREN # raisePrimary
    | functionName LPAREN ( DISTINCT? expr ( COMMA expr )* | STAR )? RPAREN
      filterClause? overClause?                                            # functionPrimary
    | qualifiedName                                                        # columnPrimary
    | LPAREN expr ( COMMA expr )* RPAREN                                   # parenPrimary
    | NOT? EXISTS? LPAREN selectStatement RPAREN                           # subqueryPrimary
    | CAST LPAREN expr AS typeName RPAREN                                  # castPrimary
    | CASE operand=expr? caseWhen+ ( ELSE elseExpr=expr )? END             # casePrimary
    ;

comparisonOperator
    : EQ | EQ2 | NE
    | IS NOT? ( DISTINCT FROM )?
    | NOT? ( LIKE | GLOB | REGEXP | MATCH )
    ;

caseWhen
    : WHEN expr THEN expr
    ;

filterClause
    : FILTER LPAREN WHERE expr RPAREN
    ;

overClause
    : OVER ( name | LPAREN balancedTokens RPAREN )
    ;

// A subquery is never allowed in a schema; it is read loosely so that the error can say so.
selectStatement
    : SELECT balancedTokens
    ;

balancedTokens
    : ( ~( LPAREN | RPAREN ) | LPAREN balancedTokens RPAREN )*
    ;

literal
    : NUMBER
    | HEX_NUMBER
    | STRING
    | BLOB
    | NULL
    | TRUE
    | FALSE
    | CURRENT_TIME
    | CURRENT_DATE
    | CURRENT_TIMESTAMP
    ;

signedNumber
    : ( PLUS | MINUS )? ( NUMBER | HEX_NUMBER )
    ;

// ---------------------------------------------------------------- names

qualifiedName
    : name ( DOT name ( DOT name )? )?
    ;

functionName
    : name
    ;

// A declared name: SQLite also takes a string literal there (lowering refuses it in .dschema).
declName
    : name
    | STRING
    ;

name
    : IDENTIFIER
    | QUOTED_IDENTIFIER
    | softKeyword
    | GENERATED
    | RENAMED
    | ASC | DESC | END | FROM | CAST | LIKE | GLOB | REGEXP | MATCH | DEFERRABLE | INITIALLY
    | TRUE | FALSE | CURRENT_DATE | CURRENT_TIME | CURRENT_TIMESTAMP
    ;

// Keywords that may be names anywhere a name is expected, type words included. Left out: the words
// that start a table member (table, index, unique, primary, foreign, check, constraint), the words
// that start a column constraint, and the words of the expression grammar. `name` adds the words
// SQLite also takes as names (end, like, desc, true, ...) where no type word can stand, and the
// continuation words `deferrable` and `initially`, which as type words would silently join a
// column line to the one above.
softKeyword
    : ABORT | ACTION | ALWAYS | BY | CASCADE | CONFLICT | DEFERRED | DELETE | FAIL
    | FILTER | IF | IGNORE | IMMEDIATE | KEY | NO | OVER | RAISE | REPLACE | RESTRICT
    | ROLLBACK | ROWID | SET | STORED | STRICT | TEMP | TEMPORARY | UPDATE | VIRTUAL | WITHOUT
    ;
