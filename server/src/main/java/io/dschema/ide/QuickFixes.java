package io.dschema.ide;

import io.dschema.analysis.Affinity;
import io.dschema.analysis.DiagnosticCode;
import io.dschema.diff.RenameQuestion;
import io.dschema.lower.SourceFile;
import io.dschema.model.Column;
import io.dschema.model.ForeignKey;
import io.dschema.model.IndexPart;
import io.dschema.model.NameRef;
import io.dschema.model.Names;
import io.dschema.model.Schema;
import io.dschema.model.SourceRange;
import io.dschema.model.Table;
import io.dschema.plan.RiskKind;
import io.dschema.sqlite.Sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The quick fixes of one diagnostic, as plain text edits (code point offsets, like the engine's
 * ranges). A diagnostic is matched by its code and its data first: risk diagnostics carry the
 * table and column they concern, analysis diagnostics their start and end in code points (the
 * language server puts them in the diagnostic's data, because a client may send the range back in
 * other units); the range is used only when the data says nothing. The fix is worked out from the
 * schema as lowered now, so a diagnostic that no longer fits the text gets no fix. Pure; never
 * throws on user input (no fix instead).
 */
public final class QuickFixes {

    /** Replace {@code [start, end)} of {@code file} (code points) with {@code newText}. */
    public record TextEdit(String file, int start, int end, String newText) {
    }

    public record Fix(String title, List<TextEdit> edits) {
    }

    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_][A-Za-z0-9_]*");
    private static final Pattern HINT_BEFORE_NAME = Pattern.compile("\\s*\\brenamed\\s+from\\s*$", Pattern.CASE_INSENSITIVE);

    private QuickFixes() {
    }

    /**
     * @param code the diagnostic's code: an analysis id ({@code DS2007}), a risk kind ({@code WILL_FAIL}),
     *             {@link RiskDiagnostics#RENAME_QUESTION} or {@link StaleRenameHints#CODE}
     * @param start where the diagnostic starts in {@code file} (code points); {@code data}'s "start" wins
     * @param data the diagnostic's data as strings (may be empty, never null)
     */
    public static List<Fix> of(SchemaContext context, String file, String code, int start, int end, Map<String, String> data) {
        try {
            if (context == null || code == null || context.file(file).isEmpty()) {
                return List.of();
            }
            int at = number(data.get("start"), start);
            Schema schema = context.lowered().schema();
            String text = context.file(file).map(SourceFile::text).orElse("");
            if (code.equals(RiskKind.WILL_FAIL.name()) || code.equals(RiskKind.MAY_FAIL.name())) {
                return addDefault(schema, data);
            }
            if (code.equals(RiskDiagnostics.RENAME_QUESTION)) {
                return treatAsRename(context, data);
            }
            if (code.equals(StaleRenameHints.CODE)) {
                return removeHint(context, schema, data);
            }
            if (code.equals(DiagnosticCode.SURPRISING_AFFINITY.id())) {
                return correctType(schema, file, at);
            }
            if (code.equals(DiagnosticCode.NULLABLE_PRIMARY_KEY.id())) {
                return addNotNull(schema, file, at);
            }
            if (code.equals(DiagnosticCode.UNKNOWN_TABLE.id())) {
                return createTable(schema, file, text, at);
            }
            if (code.equals(DiagnosticCode.FOREIGN_KEY_TARGET_NOT_UNIQUE.id())) {
                return addUnique(context, schema, file, at);
            }
            return List.of();
        } catch (RuntimeException e) {
            return List.of(); // a fix is a convenience: never let odd input break the request
        }
    }

    // ---- risks

    /** WILL_FAIL on a not null column without a default: give it one that fits its type. */
    private static List<Fix> addDefault(Schema schema, Map<String, String> data) {
        Optional<Column> found = column(schema, data.get("table"), data.get("column"));
        if (found.isEmpty()) {
            return List.of();
        }
        Column column = found.get();
        if (!column.notNull() || column.defaultValue() != null || column.generated() != null) {
            return List.of();
        }
        String value = defaultFor(column.type());
        return List.of(new Fix("Add default " + value + " to " + column.name(),
                List.of(insert(afterType(column), " default " + value))));
    }

    /** A value of the column's affinity: what SQLite would store without converting it. */
    static String defaultFor(String type) {
        return switch (Affinity.of(type)) {
            case INTEGER, NUMERIC -> "0";
            case TEXT -> "''";
            case REAL -> "0.0";
            case BLOB -> "x''";
        };
    }

    /** An open rename question: one fix per candidate, the hint on the added table or column. */
    private static List<Fix> treatAsRename(SchemaContext context, Map<String, String> data) {
        if (context.preview() == null) {
            return List.of();
        }
        Schema schema = context.lowered().schema();
        String tableName = data.get("table");
        String columnName = data.get("column");
        List<Fix> fixes = new ArrayList<>();
        for (RenameQuestion question : context.preview().diff().questions()) {
            if (columnName == null && question.kind() == RenameQuestion.Kind.TABLE && Names.same(question.added(), tableName)) {
                Optional<Table> table = schema.table(question.added());
                Optional<SourceRange> brace = table.flatMap(t -> openingBrace(context, t));
                if (brace.isEmpty() || table.get().renamedFrom() != null) {
                    continue;
                }
                for (String candidate : question.candidates()) {
                    fixes.add(new Fix("Treat as rename of " + candidate,
                            List.of(insert(brace.get(), "renamed from " + name(candidate) + " "))));
                }
            } else if (columnName != null && question.kind() == RenameQuestion.Kind.COLUMN
                    && Names.same(question.table(), tableName) && Names.same(question.added(), columnName)) {
                Optional<Column> column = column(schema, tableName, columnName);
                if (column.isEmpty() || column.get().renamedFrom() != null || !usable(column.get().range())) {
                    continue;
                }
                for (String candidate : question.candidates()) {
                    fixes.add(new Fix("Treat as rename of " + candidate,
                            List.of(insert(end(column.get().range()), " renamed from " + name(candidate)))));
                }
            }
        }
        return fixes;
    }

    /** A stale hint: remove {@code renamed from OLD} with the space before it. */
    private static List<Fix> removeHint(SchemaContext context, Schema schema, Map<String, String> data) {
        Optional<Table> table = schema.table(data.getOrDefault("table", ""));
        if (table.isEmpty()) {
            return List.of();
        }
        NameRef hint = data.get("column") == null ? table.get().renamedFrom()
                : table.get().column(data.get("column")).map(Column::renamedFrom).orElse(null);
        if (hint == null || !usable(hint.range())) {
            return List.of();
        }
        String text = context.file(hint.range().file()).map(SourceFile::text).orElse("");
        int nameStart = charIndex(text, hint.range().start());
        Matcher matcher = HINT_BEFORE_NAME.matcher(text.substring(Math.max(0, nameStart - 200), nameStart));
        if (!matcher.find()) {
            return List.of();
        }
        int from = text.codePointCount(0, Math.max(0, nameStart - 200) + matcher.start());
        return List.of(new Fix("Remove the stale hint renamed from " + hint.name(),
                List.of(new TextEdit(hint.range().file(), from, hint.range().end(), ""))));
    }

    // ---- analysis

    /** DS2007: replace the type with one whose affinity reads as its name. */
    private static List<Fix> correctType(Schema schema, String file, int at) {
        for (Table table : schema.tables()) {
            for (Column column : table.columns()) {
                SourceRange range = column.typeRange();
                if (column.type() != null && usable(range) && range.file().equals(file) && range.contains(at)) {
                    List<Fix> fixes = new ArrayList<>();
                    for (String type : replacements(column.type())) {
                        fixes.add(new Fix("Change type " + column.type() + " to " + type,
                                List.of(new TextEdit(file, range.start(), range.end(), type))));
                    }
                    return fixes;
                }
            }
        }
        return List.of();
    }

    /** The types to offer for a surprising one, best first (the same guesses as DS2007's message). */
    static List<String> replacements(String type) {
        String folded = Names.fold(type);
        List<String> words = List.of(folded.replaceAll("\\(.*", "").trim().split(" +"));
        if (Affinity.of(type) == Affinity.INTEGER) {
            return folded.contains("real") || folded.contains("floa") || folded.contains("doub")
                    ? List.of("real") : List.of("text", "integer");
        }
        if (words.equals(List.of("any"))) {
            return List.of("blob");
        }
        if (words.stream().anyMatch(w -> List.of("date", "time", "datetime", "timestamp", "timestamptz", "timetz", "year").contains(w))) {
            return List.of("text", "integer");
        }
        if (words.stream().anyMatch(w -> w.endsWith("serial"))) {
            return List.of("integer");
        }
        if (words.stream().anyMatch(w -> List.of("binary", "varbinary", "bytea", "bytes", "image", "raw").contains(w))) {
            return List.of("blob");
        }
        return List.of("text", "numeric");
    }

    /** DS2008: the key column gets {@code not null}. */
    private static List<Fix> addNotNull(Schema schema, String file, int at) {
        for (Table table : schema.tables()) {
            if (table.primaryKey() == null) {
                continue;
            }
            for (IndexPart part : table.primaryKey().columns()) {
                if (part.column() == null || !usable(part.range()) || !part.range().file().equals(file) || !part.range().contains(at)) {
                    continue;
                }
                Optional<Column> column = table.column(part.column().name());
                if (column.isPresent() && !column.get().notNull()) {
                    return List.of(new Fix("Add not null to " + column.get().name(),
                            List.of(insert(afterType(column.get()), " not null"))));
                }
            }
        }
        return List.of();
    }

    /** DS1010: declare the referenced table at the end of the file, with the referenced columns as its key. */
    private static List<Fix> createTable(Schema schema, String file, String text, int at) {
        for (Table table : schema.tables()) {
            for (ForeignKey key : table.foreignKeys()) {
                SourceRange range = key.targetTable().range();
                if (!usable(range) || !range.file().equals(file) || !range.contains(at)) {
                    continue;
                }
                String target = key.targetTable().name();
                if (target.isEmpty() || schema.table(target).isPresent()) {
                    return List.of();
                }
                StringBuilder body = new StringBuilder();
                List<NameRef> columns = key.targetColumns();
                if (columns.size() <= 1) {
                    String column = columns.isEmpty() ? "id" : columns.get(0).name();
                    String type = childType(table, key, 0);
                    boolean alias = Affinity.of(type) == Affinity.INTEGER && Names.same(type, "integer");
                    body.append("  ").append(name(column)).append(' ').append(type)
                            .append(alias ? " primary key\n" : " not null primary key\n");
                } else {
                    List<String> names = new ArrayList<>();
                    for (int i = 0; i < columns.size(); i++) {
                        names.add(name(columns.get(i).name()));
                        body.append("  ").append(name(columns.get(i).name())).append(' ').append(childType(table, key, i))
                                .append(" not null\n");
                    }
                    body.append("\n  primary key (").append(String.join(", ", names)).append(")\n");
                }
                String prefix = text.isEmpty() || text.endsWith("\n\n") ? "" : text.endsWith("\n") ? "\n" : "\n\n";
                int endOfFile = text.codePointCount(0, text.length());
                return List.of(new Fix("Create table " + target, List.of(new TextEdit(file, endOfFile, endOfFile,
                        prefix + "table " + name(target) + " {\n" + body + "}\n"))));
            }
        }
        return List.of();
    }

    /** The type of the child's i-th foreign key column, so that the new key stores the same values; integer when none. */
    private static String childType(Table child, ForeignKey key, int i) {
        if (i >= key.columns().size()) {
            return "integer";
        }
        return child.column(key.columns().get(i).name()).map(Column::type).filter(t -> PLAIN_NAME.matcher(t).matches())
                .orElse("integer");
    }

    /** DS1013: make the parent columns unique, on the column itself or as a table member. */
    private static List<Fix> addUnique(SchemaContext context, Schema schema, String file, int at) {
        for (Table table : schema.tables()) {
            for (ForeignKey key : table.foreignKeys()) {
                SourceRange range = key.targetTable().range();
                if (!usable(range) || !range.file().equals(file) || !range.contains(at) || key.targetColumns().isEmpty()) {
                    continue;
                }
                Optional<Table> parent = schema.table(key.targetTable().name());
                if (parent.isEmpty()) {
                    return List.of();
                }
                List<Column> columns = new ArrayList<>();
                for (NameRef target : key.targetColumns()) {
                    Optional<Column> column = parent.get().column(target.name());
                    if (column.isEmpty() || !usable(column.get().range())) {
                        return List.of(); // an unknown column or the rowid: other diagnostics, other fixes
                    }
                    columns.add(column.get());
                }
                if (columns.size() == 1) {
                    Column column = columns.get(0);
                    return List.of(new Fix("Make " + parent.get().name() + "." + column.name() + " unique",
                            List.of(insert(afterType(column), " unique"))));
                }
                Optional<SourceRange> closing = closingBrace(context, parent.get());
                if (closing.isEmpty()) {
                    return List.of();
                }
                List<String> names = columns.stream().map(c -> name(c.name())).toList();
                String member = "unique (" + String.join(", ", names) + ")";
                return List.of(new Fix("Add " + member + " to " + parent.get().name(),
                        List.of(insert(closing.get(), "\n  " + member))));
            }
        }
        return List.of();
    }

    // ---- places in the text

    private static Optional<Column> column(Schema schema, String table, String column) {
        if (table == null || column == null) {
            return Optional.empty();
        }
        return schema.table(table).flatMap(t -> t.column(column));
    }

    /** Right after the column's type, or its name when it has none: where a constraint may go. */
    private static SourceRange afterType(Column column) {
        return end(usable(column.typeRange()) ? column.typeRange() : column.nameRange());
    }

    private static SourceRange end(SourceRange range) {
        return new SourceRange(range.file(), range.end(), range.end(), range.endLine(), range.endColumn(), range.endLine(),
                range.endColumn());
    }

    /** The table's {@code {}: the header's last word ends before it. */
    private static Optional<SourceRange> openingBrace(SchemaContext context, Table table) {
        if (!usable(table.nameRange())) {
            return Optional.empty();
        }
        String text = context.file(table.nameRange().file()).map(SourceFile::text).orElse("");
        int from = charIndex(text, table.nameRange().end());
        int brace = text.indexOf('{', from);
        return brace < 0 ? Optional.empty() : Optional.of(point(table.nameRange().file(), text.codePointCount(0, brace)));
    }

    /** Just before the spaces and line break that precede the table's closing {@code }}. */
    private static Optional<SourceRange> closingBrace(SchemaContext context, Table table) {
        if (!usable(table.range())) {
            return Optional.empty();
        }
        String text = context.file(table.range().file()).map(SourceFile::text).orElse("");
        int end = charIndex(text, table.range().end());
        int brace = text.lastIndexOf('}', Math.max(0, end - 1));
        if (brace < 0) {
            return Optional.empty();
        }
        int at = brace;
        while (at > 0 && (text.charAt(at - 1) == ' ' || text.charAt(at - 1) == '\t')) {
            at--;
        }
        if (at > 0 && text.charAt(at - 1) == '\n') {
            at--;
            if (at > 0 && text.charAt(at - 1) == '\r') {
                at--;
            }
        }
        return Optional.of(point(table.range().file(), text.codePointCount(0, at)));
    }

    private static SourceRange point(String file, int offset) {
        return new SourceRange(file, offset, offset, 1, 1, 1, 1);
    }

    private static TextEdit insert(SourceRange at, String text) {
        return new TextEdit(at.file(), at.start(), at.start(), text);
    }

    private static int charIndex(String text, int codePoints) {
        int total = text.codePointCount(0, text.length());
        return text.offsetByCodePoints(0, Math.max(0, Math.min(codePoints, total)));
    }

    private static boolean usable(SourceRange range) {
        return range != null && !range.isNone();
    }

    private static int number(String text, int otherwise) {
        try {
            return text == null ? otherwise : (int) Double.parseDouble(text.trim()); // JSON may say 12.0
        } catch (NumberFormatException e) {
            return otherwise;
        }
    }

    /** A name as a .dschema file writes it: bare when it is a plain identifier, else quoted. */
    static String name(String name) {
        return PLAIN_NAME.matcher(name).matches() && !RESERVED.contains(name.toLowerCase(Locale.ROOT)) ? name : Sql.ident(name);
    }

    /** Words that would read as syntax, not as a name. */
    private static final java.util.Set<String> RESERVED = java.util.Set.of("table", "index", "unique", "primary", "foreign",
            "check", "references", "not", "null", "default", "collate", "renamed", "from", "on", "where", "key", "strict",
            "without", "generated", "as", "constraint", "desc", "asc");
}
