package io.dschema.grammar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The golden tree format, on one small example. */
class TreePrinterTest {

    @Test
    void rendersRulesTokensNewlinesAndComments() {
        ParseResult<DSchemaParser.SchemaFileContext> result = Syntax.parseSchema("""
                /// Doc.
                table t {
                  a integer not null // note
                }
                """);
        assertEquals("""
                schemaFile
                  tableDecl
                    #comment /// Doc.
                    table
                    declName > name: t
                    tableBody
                      {
                      separator: NEWLINE
                      member > columnDef
                        declName > name: a
                        typeName > typeWord: integer
                        columnConstraint > notNullConstraint: not null
                      #comment // note
                      separator: NEWLINE
                      }
                  EOF
                """, TreePrinter.render(result.tree(), result.tokens()));
    }

    @Test
    void marksTokensConjuredOrSkippedByErrorRecovery() {
        ParseResult<DSchemaParser.SchemaFileContext> result = Syntax.parseSchema("table t {\n  a integer check (a > 0\n  b text # x\n}\n");
        String tree = TreePrinter.render(result.tree(), result.tokens());
        assertTrue(tree.contains("<missing ')'>"), tree);
        assertTrue(tree.contains("!skipped(#)"), tree);
    }
}
