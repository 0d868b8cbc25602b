package io.dschema.config;

/**
 * {@code dbCredentials}: where the database is, and the token for a remote one (null when none).
 * The token is a {@link Secret}, so this record's {@code toString} never shows it.
 */
public record DbCredentials(DatabaseUrl url, Secret authToken) {

    public boolean hasAuthToken() {
        return authToken != null && !authToken.isEmpty();
    }
}
