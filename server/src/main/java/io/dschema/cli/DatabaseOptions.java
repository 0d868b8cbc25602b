package io.dschema.cli;

import io.dschema.config.DschemaConfig;
import io.dschema.sqlite.InspectOptions;

/** How the commands that read a database inspect it: the config's tablesFilter and migrations table. */
final class DatabaseOptions {

    private DatabaseOptions() {
    }

    static InspectOptions inspectOptions(DschemaConfig config) {
        return new InspectOptions(config.tablesFilter(), config.migrations().table());
    }
}
