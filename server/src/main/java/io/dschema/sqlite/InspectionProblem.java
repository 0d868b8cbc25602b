package io.dschema.sqlite;

/**
 * An object of the database the inspector could not read, e.g. a CREATE TABLE the grammar refuses.
 *
 * @param object the object's name as the database spells it
 * @param message for the user: names the object, what went wrong, and that it was left out
 */
public record InspectionProblem(String object, String message) {
}
