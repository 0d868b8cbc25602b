package io.dschema.format;

import java.util.List;

/** A table member, rendered but not yet placed: columns wait for their group's alignment. */
sealed interface MemberShape {

    /**
     * A column whose name and type can be aligned: the three cells of its first line, and the
     * constraints as lines (the first goes after the type, the others are continuation lines).
     */
    record Column(String name, String type, List<String> constraints) implements MemberShape {
    }

    /**
     * A member written as it comes: index, constraint, or a column with a comment or line break
     * between its name, type and constraints (which cannot be aligned; it does not end a group).
     */
    record Plain(List<String> lines, boolean column) implements MemberShape {
    }
}
