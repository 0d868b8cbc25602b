package io.dschema.format;

import io.dschema.grammar.DSchemaParser.ColumnDefContext;
import io.dschema.grammar.DSchemaParser.MemberContext;
import java.util.List;
import org.antlr.v4.runtime.Token;

/** Renders one table member into its {@link MemberShape}. */
final class MemberLayout {

    private final SourceTokens tokens;
    private final RunRenderer runs;

    MemberLayout(SourceTokens tokens, RunRenderer runs) {
        this.tokens = tokens;
        this.runs = runs;
    }

    Block block(MemberContext member) {
        return Block.member(member.getStart().getTokenIndex(), member.getStop().getTokenIndex(), shape(member));
    }

    private MemberShape shape(MemberContext member) {
        ColumnDefContext column = member.columnDef();
        if (column != null && isAlignable(column)) {
            String name = runs.render(column.declName()).get(0);
            String type = column.typeName() == null ? "" : runs.render(column.typeName()).get(0);
            List<String> constraints = column.columnConstraint().isEmpty() ? List.of()
                    : runs.render(constraintsStart(column), column.getStop().getTokenIndex());
            return new MemberShape.Column(name, type, constraints);
        }
        return new MemberShape.Plain(runs.render(member), column != null);
    }

    /** Only a name and type with no comment or line break among them fit in aligned cells. */
    private boolean isAlignable(ColumnDefContext column) {
        for (int i = column.getStart().getTokenIndex(); i < constraintsStart(column); i++) {
            Token token = tokens.get(i);
            if (SourceTokens.isComment(token) || SourceTokens.isNewline(token)) {
                return false;
            }
        }
        return true;
    }

    private static int constraintsStart(ColumnDefContext column) {
        return column.columnConstraint().isEmpty()
                ? column.getStop().getTokenIndex() + 1
                : column.columnConstraint(0).getStart().getTokenIndex();
    }
}
