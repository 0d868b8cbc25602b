package io.dschema.format;

import io.dschema.grammar.DSchemaParser.SchemaFileContext;
import io.dschema.grammar.ParseResult;
import java.util.Optional;

/**
 * Whether two parsed files declare the same schema. The formatter checks its own output with one
 * (a safety net: a file is never rewritten into something else), and the tests use the same. The
 * token comparison ({@link TokenMeaningCheck}) can give way to a comparison of lowered models.
 */
public interface MeaningCheck {

    /** Empty when both mean the same; otherwise a short description of the first difference. */
    Optional<String> difference(ParseResult<SchemaFileContext> before, ParseResult<SchemaFileContext> after);
}
