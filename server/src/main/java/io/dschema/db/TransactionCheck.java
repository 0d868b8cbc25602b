package io.dschema.db;

import java.util.Optional;

/**
 * Run by {@link Database#apply} inside the transaction, after the statements and guards, before
 * COMMIT: e.g. a re-inspection that must equal the target. A problem rolls everything back.
 */
@FunctionalInterface
public interface TransactionCheck {

    TransactionCheck NONE = tx -> Optional.empty();

    /** Empty when all is well; else why the transaction must roll back. */
    Optional<String> verify(Queries transaction) throws DatabaseException;
}
